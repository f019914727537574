// What an email address is, for the schema and for the contacts extractor alike: the
// extractor finds addresses with this very pattern, so none it finds can fail the schema's
// check and stop a run. It is zod's own default for z.email() ("practical" validation).
export const EMAIL_ADDRESS = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
