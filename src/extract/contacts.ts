// Contact Details: "Role: Name (Organisation)", a phone number on the same or a later
// line, sometimes an email address; in older issues the name alone on a line with
// "Role (Organisation)" on the next; in scrapes that kept the page's table, cells
// split by "|" or tabs under a header row that names the columns. Phones become E.164 through
// libphonenumber-js.
import { findPhoneNumbersInText } from 'libphonenumber-js/core';
// Passed explicitly so the CLI build can keep only the +44 countries (scripts/build.mjs).
import metadata from 'libphonenumber-js/min/metadata';
import { EMAIL_ADDRESS } from '../email.js';
import type { SightedContact, SourceLine } from '../model.js';
import type { SegmentWarning } from '../segment/index.js';

const PERSON = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|la|le)){1,3}$/u;
// The schema's own pattern, unanchored: an Outlook image reference
// "[cid:image001.png@01D887A2.5C3E1B40]" has an "@" but is no address, nor "a@my_site.org".
const EMAIL = new RegExp(EMAIL_ADDRESS.source.slice(1, -1));
// "Role: Name (Organisation)" — the name holds no colon, so the role runs to the last one.
const ROLE_NAME_ORG = /^(?<role>.+?)\s*:\s*(?<name>[^:()]+?)\s*(?:\((?<org>[^()]+)\))?$/u;
const NAME_ORG = /^(?<name>[^:()]+?)\s*\((?<org>[^()]+)\)$/u;
// The first years' "Name, Role (Organisation)": the name is the part before the first comma.
const NAME_ROLE_ORG = /^(?<name>[^:(),]+?)\s*,\s*(?<role>[^:()]+?)\s*\((?<org>[^()]+)\)$/u;
const UNCLOSED_ORG = /\s*\([^()]*$/;
// Without brackets the organisation is the part after the last comma only when its last
// word names a body: "Commissioning Lead, Surrey County Council"; a role may hold a comma
// itself ("Head of Service, Quality Assurance").
const ORGANISATION_END = /\b(?:Council|Trust|Partnership|Programme|Agency|Department|Office|Board|Authority|Association|Foundation|Commission|University|College|Institute|Alliance|Society|Constabulary|Police|NHS|ICB|SESLIP|Ofsted)$/u;
const PHONE_LIKE = /(?:\+?\d[\d ()-]{8,}\d)/;

type Column = 'name' | 'role' | 'organisation';
const COLUMNS: Array<[Column | null, RegExp]> = [
  ['name', /^(?:name|contact)$/i],
  ['role', /^(?:role|job title|position|responsibility)$/i],
  ['organisation', /^(?:organi[sz]ation|authority|council|employer)$/i],
  // Read from the whole row, as on any contact line.
  [null, /^(?:phone|tele?phone|tel\.?|mobile|phone number|e-?mail(?: address)?)$/i],
];

/** A line's table cells: split by tabs in the source (SourceLine.cells) or by "|" in the text; null for no table row. */
export const cellsOf = ({ text, cells }: SourceLine): string[] | null => cells ?? (text.includes('|') ? text.split('|') : null);

/** A table's header row ("Name | Role | Organisation | Phone"): the column each cell names, or null. */
export function tableColumns(cells: string[]): Array<Column | null> | null {
  const columns: Array<Column | null> = [];
  for (const cell of cells) {
    const column = COLUMNS.find(([, pattern]) => pattern.test(cell.trim()));
    if (!column) return null;
    columns.push(column[0]);
  }
  return columns.includes('name') ? columns : null;
}

/** A row of a contacts table, read by the columns its header named. */
function parseTableRow(cells: string[], columns: Array<Column | null>): Omit<SightedContact, 'source' | 'line' | 'phone' | 'email'> | null {
  const cell = (column: Column): string | null => cells[columns.indexOf(column)]?.trim() || null;
  const name = cell('name');
  if (!name || !isPersonName(name)) return null;
  return { name, role: cell('role'), organisation: cell('organisation') };
}

export function isPersonName(text: string): boolean {
  return text.length <= 60 && PERSON.test(text);
}

// A valid UK number has at least seven digits ("0800 1111"); fewer cannot make one, and
// libphonenumber's text scan is the costliest step of contact extraction.
const MIN_PHONE_DIGITS = 7;
/**
 * What libphonenumber takes for one number's digits: digits with at most four of its
 * punctuation characters (dashes, slashes, dots, spaces, brackets, tildes) between any two
 * (PhoneNumberMatcher's pattern). A line without such a run of seven ("Tuesday 4 March,
 * 10.00 – 12.30") holds no number, however many digits it has.
 */
const PHONE_PUNCTUATION = '-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\\]~\u2053\u223C\uFF5E';
const PHONE_RUN = new RegExp(`\\p{Nd}(?:[${PHONE_PUNCTUATION}]{0,4}\\p{Nd}){${MIN_PHONE_DIGITS - 1}}`, 'u');

// Contact Details repeat in nearly every issue of an archive, so the same few lines are
// looked up again and again. Bounded so a hostile input cannot grow it without limit.
const PHONE_CACHE_LIMIT = 10_000;
const phoneCache = new Map<string, string[]>();

// At least so many digits, without building a match array; anchored, so linear.
const atLeastDigits = (count: number): RegExp => new RegExp(`^(?:\\D*\\d){${count}}`);
const ENOUGH_FOR_A_PHONE = atLeastDigits(MIN_PHONE_DIGITS);
const TWO_DIGITS = atLeastDigits(2);

export function phonesIn(text: string): string[] {
  if (!ENOUGH_FOR_A_PHONE.test(text) || !PHONE_RUN.test(text)) return [];
  let phones = phoneCache.get(text);
  if (!phones) {
    phones = findPhoneNumbersInText(text, 'GB', metadata).map((found) => found.number.number as string);
    if (phoneCache.size >= PHONE_CACHE_LIMIT) phoneCache.clear();
    phoneCache.set(text, phones);
  }
  return phones;
}

// EMAIL and PHONE_LIKE try every position of a line; a missing "@" or digits rule most
// lines out first.
const mayHoldEmail = (text: string): boolean => text.includes('@');
const phoneLike = (text: string): boolean => TWO_DIGITS.test(text) && PHONE_LIKE.test(text);

const TRAILING_PHONE = /\s[+\d][\d ()-]{8,}$/;
/** What joins two numbers: "01483 517942 / 07712 604389", "… or 07825 410736". */
const PHONE_JOINER = /\s*(?:[/,;|&]|\bor|\band)$/i;
const MAX_PHONES = 3;

/** The line without the phone numbers that end it, however many and however joined. */
function withoutTrailingPhones(text: string): string {
  let rest = text.trim();
  for (let k = 0; k < MAX_PHONES; k++) {
    const cut = rest.replace(TRAILING_PHONE, '').trim();
    if (cut === rest) break;
    rest = cut.replace(PHONE_JOINER, '').trim();
  }
  return rest;
}

/** A pronoun note after a name: "(she/her)", "(they / them)", "(he/him/his)". */
const PRONOUNS = /\s*\(\s*\p{Ll}{2,6}(?:\s*\/\s*\p{Ll}{2,6}){1,2}\s*\)/gu;
/** A note after the organisation: "(Kent County Council) – contact via Microsoft Teams". */
const TRAILING_NOTE = /(\))\s+[–—-]\s+[^()\d@]*$/u;

/** The line without what names no name, role or organisation: pronouns, a closing note. */
function withoutNotes(text: string): string {
  const unpronouned = text.includes('/') ? text.replace(PRONOUNS, '') : text;
  return unpronouned.replace(TRAILING_NOTE, '$1');
}

/** "Role, Organisation" split at the last comma when what follows it names a body, else null. */
function roleAndOrganisation(text: string): { role: string; organisation: string } | null {
  const at = text.lastIndexOf(', ');
  const organisation = text.slice(at + 2).trim();
  return at > 0 && ORGANISATION_END.test(organisation) ? { role: text.slice(0, at).trim(), organisation } : null;
}

/** Between a name and its job title, as an email signature writes them: "Joanna Whitfield – Programme Director, …". */
const NAME_DASH = /\s[–—-]\s/;

/**
 * "Name, Role, Organisation" with no brackets: the name before the first comma, the
 * organisation named as a body. After a dash the job title may stand alone, or with its
 * organisation in brackets: "Name – Role, Organisation", "Name – Role (Organisation)",
 * "Name – Role".
 */
function nameRoleOrganisation(text: string): Omit<SightedContact, 'source' | 'line' | 'phone' | 'email'> | null {
  const dash = NAME_DASH.exec(text);
  const comma = text.indexOf(', ');
  const byDash = dash !== null && (comma < 0 || dash.index < comma);
  const at = byDash ? dash.index : comma;
  const name = text.slice(0, at).trim();
  if (at <= 0 || !isPersonName(name)) return null;
  const after = text.slice(at + (byDash ? dash[0].length : 2)).replace(/[,;]$/, '').trim();
  const rest = roleAndOrganisation(after);
  if (rest || !byDash) return rest && { name, ...rest };
  const bracketed = NAME_ORG.exec(after)?.groups;
  if (bracketed) return { name, role: bracketed.name!.trim(), organisation: bracketed.org!.trim() };
  // A job title alone: words, no sentence.
  return /^\p{Lu}[^.!?()]{1,80}$/u.test(after) ? { name, role: after, organisation: null } : null;
}

function parseContactLine(text: string): Omit<SightedContact, 'source' | 'line' | 'phone' | 'email'> | null {
  const withoutEmail = mayHoldEmail(text) ? text.replace(EMAIL, ' ') : text;
  const withoutContactBits = withoutNotes(withoutTrailingPhones(withoutEmail));
  // A page cut off inside the organisation ("Name (South East Sector-Led Impro"): the
  // name and role stand, the organisation is unknown.
  const complete = withoutContactBits.replace(UNCLOSED_ORG, '');
  const nameFirst = NAME_ROLE_ORG.exec(complete);
  const m = ROLE_NAME_ORG.exec(complete) ?? (nameFirst && isPersonName(nameFirst.groups!.name!.trim()) ? nameFirst : NAME_ORG.exec(complete));
  if (!m?.groups) return nameRoleOrganisation(complete);
  const name = m.groups.name!.trim();
  // "Name – Role (Organisation)": what stands before the brackets is more than a name.
  if (!isPersonName(name)) return nameRoleOrganisation(complete);
  return { name, role: m.groups.role?.trim() || null, organisation: m.groups.org?.trim() || null };
}

export function extractContacts(
  lines: SourceLine[],
  source: string,
): { contacts: SightedContact[]; warnings: SegmentWarning[] } {
  const contacts: SightedContact[] = [];
  const warnings: SegmentWarning[] = [];
  let current: SightedContact | null = null;
  /** The name stood alone on its line: the next line without a colon says the role. */
  let awaitingRole = false;
  let columns: Array<Column | null> | null = null;
  for (const row of lines) {
    const { text, line } = row;
    if (text === '') continue;
    const cells = cellsOf(row);
    const header = cells && tableColumns(cells);
    if (header) {
      columns = header;
      continue;
    }
    const phone = phonesIn(text)[0] ?? null;
    const email = mayHoldEmail(text) ? (EMAIL.exec(text)?.[0] ?? null) : null;
    // The number is quoted from the text it was found in: with the email taken out, digits
    // on both sides of it can join up into one phone-like run.
    const phoneText = email === null ? text : text.replace(EMAIL, '');
    const invalidPhone = !phone && phoneLike(phoneText) ? PHONE_LIKE.exec(phoneText) : null;
    if (invalidPhone) warnings.push({ code: 'invalid-phone', message: `not a valid UK phone number: "${invalidPhone[0]}"`, line });
    const contactBits = phone !== null || email !== null || invalidPhone !== null;
    if (current && awaitingRole && !contactBits && !text.includes(':')) {
      awaitingRole = false;
      const bracketed = NAME_ORG.exec(text.trim())?.groups;
      const roleOrg = bracketed ? { role: bracketed.name!, organisation: bracketed.org! } : roleAndOrganisation(text.trim());
      current.role = (roleOrg?.role ?? text).trim() || null;
      current.organisation = roleOrg?.organisation.trim() || null;
      continue;
    }
    awaitingRole = false;
    const parsed = columns && cells ? parseTableRow(cells, columns) : parseContactLine(text);
    const aloneName = parsed || contactBits ? null : withoutNotes(text).trim();
    const alone = aloneName !== null && isPersonName(aloneName);
    if (parsed || alone) {
      current = parsed
        ? { name: parsed.name, role: parsed.role, organisation: parsed.organisation, phone, email, source, line }
        : { name: aloneName!, role: null, organisation: null, phone: null, email: null, source, line };
      awaitingRole = alone;
      contacts.push(current);
    } else if (current && (phone || email || phoneLike(text))) {
      current.phone ??= phone;
      current.email ??= email;
    } else {
      warnings.push({ code: 'unparsed-contact', message: `not a contact line: "${text.slice(0, 80)}"`, line });
    }
  }
  return { contacts, warnings };
}
