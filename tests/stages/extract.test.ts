import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { blocksToText, toBlocks } from '../../src/extract/body.js';
import { extractContacts } from '../../src/extract/contacts.js';
import { extractItemText } from '../../src/extract/item.js';
import { extractPublishedSentences, extractToolsList, parsePublicationLine, parseSourceLine } from '../../src/extract/publications.js';
import { findReferrals } from '../../src/extract/referrals.js';
import { toLines } from '../../src/normalise.js';
import { EMAIL_ADDRESS } from '../../src/email.js';

describe('Tools & Templates lines', () => {
  it.each([
    ['Annual Survey of Carers published 3 March 2021', ['Annual Survey of Carers', null, '2021-03-03', 'published']],
    ['Sufficiency toolkit updated 2 March 2021', ['Sufficiency toolkit', null, '2021-03-02', 'updated']],
    ['Review of Kinship Care was published by the Family Rights Group on 1 March 2021', ['Review of Kinship Care', 'Family Rights Group', '2021-03-01', 'published']],
    ['Learning Lessons published by NSPCC 26 February 2021.', ['Learning Lessons', 'NSPCC', '2021-02-26', 'published']],
    ['The Children’s Commissioner has published a report on stability. Published 25 February 2021', ['a report on stability', 'Children’s Commissioner', '2021-02-25', 'published']],
    ['The LGA had published a guide to commissioning 24 February 2021', ['a guide to commissioning', 'LGA', '2021-02-24', 'published']],
    ['A Practice Paper Authors: A Person & B Person Published 20 February 2021', ['A Practice Paper', null, '2021-02-20', 'published']],
    ['Regional Protocol for Missing Children', ['Regional Protocol for Missing Children', null, null, 'published']],
    ['Fostering in the region: a snapshot (DfE, February 2021)', ['Fostering in the region: a snapshot', 'DfE', '2021-02', 'published']],
    ['Joint working guide (Barnardo’s, 12 February 2021)', ['Joint working guide', 'Barnardo’s', '2021-02-12', 'published']],
    ['Ofsted: Learning from early help reviews – published 4 February 2021', ['Learning from early help reviews', 'Ofsted', '2021-02-04', 'published']],
    ['Local Government Association – Adolescent risk: a resource pack (published 23 February 2021)', ['Adolescent risk: a resource pack', 'Local Government Association', '2021-02-23', 'published']],
    ['Regional Placement Review: year ending March 2020 published 2 March 2021', ['Regional Placement Review: year ending March 2020', null, '2021-03-02', 'published']],
    ['Coronavirus: guidance for care providers updated 1 March 2021', ['Coronavirus: guidance for care providers', null, '2021-03-01', 'updated']],
    ['Working Together – a briefing for designated officers published 1 March 2021', ['Working Together – a briefing for designated officers', null, '2021-03-01', 'published']],
    // A list's bullet is left out of the title; a title's own leading figures are kept.
    ['● Fostering in the region: main findings – published by Ofsted on 10 February 2021', ['Fostering in the region: main findings', 'Ofsted', '2021-02-10', 'published']],
    ['• Kinship care: local offers – published 2 March 2021', ['Kinship care: local offers', null, '2021-03-02', 'published']],
    ['2020 to 2021 placement figures published 1 March 2021', ['2020 to 2021 placement figures', null, '2021-03-01', 'published']],
    // A note after the dated close is no part of the title.
    ['Self-evaluation toolkit – revised version, updated 1 March 2021. Thanks to colleagues in Kent for testing it.', ['Self-evaluation toolkit – revised version', null, '2021-03-01', 'updated']],
    // A title left in a converter's link brackets is read without them; brackets inside a title stay.
    ['[Kinship care: a practice guide] published by Ofsted on 3 March 2021', ['Kinship care: a practice guide', 'Ofsted', '2021-03-03', 'published']],
    ['Regional audit [draft] – updated 2 March 2021', ['Regional audit [draft]', null, '2021-03-02', 'updated']],
    ['[Part 1] and [Part 2] of the toolkit published 1 March 2021', ['[Part 1] and [Part 2] of the toolkit', null, '2021-03-01', 'published']],
    // With no title before the date, what follows the stop is the title, not a note: the line is kept whole.
    ['Published 1 March 2021. Kinship care: a guide for local authorities', ['Published 1 March 2021. Kinship care: a guide for local authorities', null, null, 'published']],
  ])('%s', (line, [title, publisher, date, kind]) => {
    expect(parsePublicationLine(line, '2021-03-05')).toEqual({ title, publisher, date, kind });
  });

  it.each([
    ['Ofsted: Inspection of services for children in need – published 12/04/13', ['Inspection of services for children in need', 'Ofsted', '2013-04-12', 'published']],
    ['Regional data profile updated 5.4.2013', ['Regional data profile', null, '2013-04-05', 'updated']],
  ])('reads a date in figures, day first: %s', (line, [title, publisher, date, kind]) => {
    expect(parsePublicationLine(line, '2013-04-19')).toEqual({ title, publisher, date, kind });
  });

  it('resolves a date without a year against the issue date', () => {
    expect(parsePublicationLine('Winter Report published 30 December', '2021-01-08')?.date).toBe('2020-12-30');
  });

  it('reads a two-digit year after a short month near the issue\'s year, and no other', () => {
    expect(parsePublicationLine('Working Together: transitional guidance – updated 12 Mar 26', '2026-03-20')).toEqual({
      title: 'Working Together: transitional guidance',
      publisher: null,
      date: '2026-03-12',
      kind: 'updated',
    });
    expect(parsePublicationLine('Dashboard release published 17 Mar 2026', '2026-03-20')?.date).toBe('2026-03-17');
    // "15" is no year of a 2026 issue: the day takes the nearest year.
    expect(parsePublicationLine('Dashboard release published 17 Mar 15', '2026-03-20')?.date).toBe('2026-03-17');
  });

  it.each([
    'We have produced a plan which will underpin activities in 2020-21.',
    'The documents area of the website now includes the following:',
    // A sentence whose date is not the line's close stays prose.
    'We met on 1 March 2021. The notes follow.',
  ])('prose is not a publication: %s', (line) => {
    expect(parsePublicationLine(line, '2021-03-05')).toBeNull();
  });

  it('completes a title with the "Source:" line under it, and never lists that line as a document', () => {
    const list = toLines(
      [
        'Working Together 2013: a quick guide', 'Source: DfE, February 2014', '',
        'Social care annual report 2012-13', 'Source: Ofsted, published 27 February 2014', '',
        'Regional audit tool (Excel)', 'Source: SE Early Help Network', '',
        'Practice guide published 3 March 2014', 'Source: Research in Practice', '',
        'Source: LGA, March 2014',
      ].join('\n'),
    );
    const found = extractToolsList(list, '2014-03-07', 'x').map((p) => [p.title, p.publisher, p.date]);
    expect(found).toEqual([
      ['Working Together 2013: a quick guide', 'DfE', '2014-02'],
      ['Social care annual report 2012-13', 'Ofsted', '2014-02-27'],
      ['Regional audit tool (Excel)', 'SE Early Help Network', null],
      // A title that names its own date keeps it; a Source line with no title over it adds nothing.
      ['Practice guide', 'Research in Practice', '2014-03-03'],
    ]);
    expect(parseSourceLine('Ofsted, updated 5.3.2014', null)).toEqual({ publisher: 'Ofsted', date: '2014-03-05', kind: 'updated' });
    for (const value of ['see the DfE website for details.', 'DfE, in the spring', '2014 figures', 'a report that several of the regional networks asked for last year'])
      expect(parseSourceLine(value, '2014-03-07')).toBeNull();
  });

  it('reads "On <date> <publisher> published <title>" sentences', () => {
    const lines = toLines('On 27 February the Family Justice Board published Guidance on Hearings. It is short.');
    expect(extractPublishedSentences(lines, '2023-03-03', 'x.txt')).toEqual([
      { title: 'Guidance on Hearings', publisher: 'Family Justice Board', date: '2023-02-27', kind: 'published', source: 'x.txt', line: 1 },
    ]);
  });
});

describe('Contact Details', () => {
  it('leaves a pronoun note and a closing note out of name and organisation', () => {
    const lines = toLines(['Forum Lead: Jo Bloggs (she/her) (Somewhere Council)', '07911 123456', 'Data Lead: Sam Smith (they / them) (Elsewhere) – contact via Microsoft Teams', 'Kim Lee (he/him)'].join('\n'));
    const { contacts, warnings } = extractContacts(lines, 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone }) => ({ name, role, organisation, phone }))).toEqual([
      { name: 'Jo Bloggs', role: 'Forum Lead', organisation: 'Somewhere Council', phone: '+447911123456' },
      { name: 'Sam Smith', role: 'Data Lead', organisation: 'Elsewhere', phone: null },
      { name: 'Kim Lee', role: null, organisation: null, phone: null },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads "Name, Role (Organisation)" with the phone after it or on the next line', () => {
    const lines = toLines(['Priya Nandra, Performance and Data Officer (SESLIP)', 'Tel 01483 518742', 'Sarah Okafor, Fostering Lead (Hampshire County Council) 01962 847215'].join('\n'));
    const { contacts, warnings } = extractContacts(lines, 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone }) => ({ name, role, organisation, phone }))).toEqual([
      { name: 'Priya Nandra', role: 'Performance and Data Officer', organisation: 'SESLIP', phone: '+441483518742' },
      { name: 'Sarah Okafor', role: 'Fostering Lead', organisation: 'Hampshire County Council', phone: '+441962847215' },
    ]);
    expect(warnings).toEqual([]);
    // A list of places before the comma names no person.
    expect(extractContacts(toLines('Kent, Surrey and Sussex (the three councils)'), 'x').contacts).toEqual([]);
  });

  it('keeps an organisation that is not a pronoun note', () => {
    const lines = toLines('Lead: Jo Bloggs (Children/Families Service)');
    expect(extractContacts(lines, 'x.txt').contacts[0]).toMatchObject({ name: 'Jo Bloggs', organisation: 'Children/Families Service' });
  });

  it('reads role, name, organisation and a phone on a later line as E.164', () => {
    const lines = toLines(['Workforce Lead: Jo Bloggs (Somewhere Council)', '', '07911 123456', 'Data Lead – North: Sam Smith-Jones (Elsewhere)', 'Adviser: Ann Other'].join('\n'));
    const { contacts, warnings } = extractContacts(lines, 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone, line }) => ({ name, role, organisation, phone, line }))).toEqual([
      { name: 'Jo Bloggs', role: 'Workforce Lead', organisation: 'Somewhere Council', phone: '+447911123456', line: 1 },
      { name: 'Sam Smith-Jones', role: 'Data Lead – North', organisation: 'Elsewhere', phone: null, line: 4 },
      { name: 'Ann Other', role: 'Adviser', organisation: null, phone: null, line: 5 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a line ending in two phones joined by "/" or "or", keeping the first', () => {
    const text = [
      'Data Lead: Jo Bloggs (Somewhere Council) 01483 517942 / 07712 604389',
      'Head of Service, Quality Assurance: Sam Smith (Elsewhere) 023 8077 4418 or 07825 410736',
      'Adviser: Ann Other (Council) 07911 123456',
    ].join('\n');
    const { contacts, warnings } = extractContacts(toLines(text), 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone }) => ({ name, role, organisation, phone }))).toEqual([
      { name: 'Jo Bloggs', role: 'Data Lead', organisation: 'Somewhere Council', phone: '+441483517942' },
      { name: 'Sam Smith', role: 'Head of Service, Quality Assurance', organisation: 'Elsewhere', phone: '+442380774418' },
      { name: 'Ann Other', role: 'Adviser', organisation: 'Council', phone: '+447911123456' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a name alone on its line with "Role (Organisation)" on the next', () => {
    const text = 'Jo Bloggs\nWorkforce Lead (Somewhere Council)\nMobile: 07911 123456\n\nSam Smith\nData Adviser\nsam.smith@example.org\nData Lead: Ann Other (Elsewhere)';
    const { contacts, warnings } = extractContacts(toLines(text), 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone, email }) => ({ name, role, organisation, phone, email }))).toEqual([
      { name: 'Jo Bloggs', role: 'Workforce Lead', organisation: 'Somewhere Council', phone: '+447911123456', email: null },
      { name: 'Sam Smith', role: 'Data Adviser', organisation: null, phone: null, email: 'sam.smith@example.org' },
      { name: 'Ann Other', role: 'Data Lead', organisation: 'Elsewhere', phone: null, email: null },
    ]);
    expect(warnings).toEqual([]);
  });

  it('splits "Role, Organisation" without brackets only where the last part names a body', () => {
    const text = 'Jo Bloggs\nCommissioning Lead, Surrey County Council\n07911 123456\n\nSam Smith\nHead of Service, Quality Assurance\nAnn Other, Family Help Lead, Reading Borough Council, 07912 604358';
    const { contacts, warnings } = extractContacts(toLines(text), 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone }) => ({ name, role, organisation, phone }))).toEqual([
      { name: 'Jo Bloggs', role: 'Commissioning Lead', organisation: 'Surrey County Council', phone: '+447911123456' },
      { name: 'Sam Smith', role: 'Head of Service, Quality Assurance', organisation: null, phone: null },
      { name: 'Ann Other', role: 'Family Help Lead', organisation: 'Reading Borough Council', phone: '+447912604358' },
    ]);
    expect(warnings).toEqual([]);
    // No body named after the last comma, or no person before the first: no contact read.
    expect(extractContacts(toLines('Jo Bloggs, Data Lead, Quality Assurance'), 'x').contacts).toEqual([]);
    expect(extractContacts(toLines('Kent, Surrey and Medway Council'), 'x').contacts).toEqual([]);
  });

  it('reads "Name – Job title, Organisation" over a "Mobile: +44 (0)7…" line, as an email signature writes them', () => {
    const text = [
      'Joanna Whitfield – Programme Director, South East Sector-Led Improvement Programme',
      'Mobile: +44 (0)7917 248 635',
      'Marcus Oyelaran – Regional Kinship Lead (Surrey County Council)',
      '+44 (0) 7468 302 914',
      'Chloe Brandon – Peer Review Coordinator',
      'M: +44 (0)7383 561207 | chloe.brandon@hants.gov.uk',
    ].join('\n');
    const { contacts, warnings } = extractContacts(toLines(text), 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone, email }) => ({ name, role, organisation, phone, email }))).toEqual([
      { name: 'Joanna Whitfield', role: 'Programme Director', organisation: 'South East Sector-Led Improvement Programme', phone: '+447917248635', email: null },
      { name: 'Marcus Oyelaran', role: 'Regional Kinship Lead', organisation: 'Surrey County Council', phone: '+447468302914', email: null },
      { name: 'Chloe Brandon', role: 'Peer Review Coordinator', organisation: null, phone: '+447383561207', email: 'chloe.brandon@hants.gov.uk' },
    ]);
    expect(warnings).toEqual([]);
    // No person before the dash, or a sentence after it: no contact.
    expect(extractContacts(toLines('Kent and Medway – Family Help Lead, Kent County Council'), 'x').contacts).toEqual([]);
    expect(extractContacts(toLines('Jo Bloggs – see the website. Thanks'), 'x').contacts).toEqual([]);
  });

  it('does not take the line after a "Role: Name" contact as its role', () => {
    const { contacts, warnings } = extractContacts(toLines('Lead: Jo Bloggs (Council)\nsee the website for more'), 'x');
    expect(contacts[0]?.role).toBe('Lead');
    expect(warnings).toEqual([{ code: 'unparsed-contact', message: expect.stringContaining('see the website'), line: 2 }]);
  });

  it('reads a table by the columns its header row names, whatever their order', () => {
    const text = 'Role | Name | Phone | Organisation\nData Lead | Jo Bloggs | 07911 123456 | Somewhere Council\nAdviser | Sam Smith | |';
    const { contacts, warnings } = extractContacts(toLines(text), 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone, line }) => ({ name, role, organisation, phone, line }))).toEqual([
      { name: 'Jo Bloggs', role: 'Data Lead', organisation: 'Somewhere Council', phone: '+447911123456', line: 2 },
      { name: 'Sam Smith', role: 'Adviser', organisation: null, phone: null, line: 3 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a table copied with tabs between its cells by its header row, an empty last cell and all', () => {
    const text = 'Name\tRole\tOrganisation\tPhone\nJo Bloggs\tData Lead\tSomewhere Council\t07911 123456\nSam Smith\tAdviser\tElsewhere Council\t';
    const { contacts, warnings } = extractContacts(toLines(text), 'x.txt');
    expect(contacts.map(({ name, role, organisation, phone, line }) => ({ name, role, organisation, phone, line }))).toEqual([
      { name: 'Jo Bloggs', role: 'Data Lead', organisation: 'Somewhere Council', phone: '+447911123456', line: 2 },
      { name: 'Sam Smith', role: 'Adviser', organisation: 'Elsewhere Council', phone: null, line: 3 },
    ]);
    expect(warnings).toEqual([]);
    // Tabs with no header row naming the columns are spaces: the line is read as any other.
    expect(extractContacts(toLines('Lead:\tJo Bloggs\t(Somewhere Council)'), 'x').contacts[0]).toMatchObject({ name: 'Jo Bloggs', role: 'Lead' });
  });

  it('reads no header in a row of other cells, nor a row whose name cell is no name', () => {
    const { contacts, warnings } = extractContacts(toLines('Name | Venue\nJo Bloggs | County Hall\nName | Role\nto be confirmed | Lead'), 'x');
    expect(contacts).toEqual([]);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 4]);
  });

  it('takes an inline phone and email', () => {
    const { contacts } = extractContacts(toLines('Lead: Jo Bloggs (Council) 01234 567890 jo.bloggs@example.org'), 'x');
    expect(contacts[0]).toMatchObject({ phone: '+441234567890', email: 'jo.bloggs@example.org' });
  });

  it('takes no email from an Outlook image reference, but one that ends a sentence', () => {
    const { contacts } = extractContacts(
      toLines('Lead: Jo Bloggs (Council)\n[cid:image001.png@01D887A2.5C3E1B40]\nData Lead: Ann Other (Elsewhere)\nWrite to ann.other@example.org.'),
      'x',
    );
    expect(contacts.map((c) => c.email)).toEqual([null, 'ann.other@example.org']);
  });

  it('warns about a phone number that is not a valid UK number', () => {
    const { contacts, warnings } = extractContacts(toLines('Lead: Jo Bloggs (Council)\n07700 900123'), 'x');
    expect(contacts[0]?.phone).toBeNull();
    expect(warnings).toEqual([{ code: 'invalid-phone', message: expect.stringContaining('07700 900123'), line: 2 }]);
  });

  it('quotes the digits around an email as one phone-like run, without throwing', () => {
    const { warnings } = extractContacts(toLines('Lead: Jo Bloggs (Council)\nTel 12345 jo@example.org 67890'), 'x');
    expect(warnings).toEqual([{ code: 'invalid-phone', message: 'not a valid UK phone number: "12345  67890"', line: 2 }]);
  });

  it('warns about a line it cannot read', () => {
    const { contacts, warnings } = extractContacts(toLines('please get in touch with the office'), 'x');
    expect(contacts).toEqual([]);
    expect(warnings).toEqual([{ code: 'unparsed-contact', message: expect.stringContaining('get in touch'), line: 1 }]);
  });
});

describe('email addresses', () => {
  it('finds only addresses the schema accepts, whatever surrounds an "@"', () => {
    const check = z.nullable(z.email({ pattern: EMAIL_ADDRESS }));
    const piece = fc.stringMatching(/^[a-z0-9._'+-]{0,8}$/);
    const address = fc.tuple(piece, fc.constantFrom('@', '@@', ' @'), piece, fc.constantFrom('', '.', '..'), piece).map((parts) => parts.join(''));
    fc.assert(
      fc.property(address, (text) => {
        const { contacts } = extractContacts(toLines(`Data Lead: Ann Other (Council)\nEmail: ${text}`), 'x');
        for (const contact of contacts) expect(z.safeParse(check, contact.email).success, String(contact.email)).toBe(true);
      }),
      { numRuns: 2000, seed: 20_221_124 },
    );
    expect(extractContacts(toLines('Data Lead: Ann Other (Council)\nann_other@my_site.org'), 'x').contacts[0]?.email).toBe(null);
  });
});

describe('items', () => {
  const entry = (title: string, body: string[]) => {
    const lines = toLines([title, ...body].join('\n'));
    return { title, line: 1, lines, body: lines.slice(1) };
  };

  it('splits update and action at the label, and keeps lists as "- " items', () => {
    const text = extractItemText(entry('Title', ['Update:', 'First part.', '• one', '• two', 'Action Required: Reply', 'by Friday.']));
    expect(text).toEqual({ title: 'Title', update: 'First part.\n- one\n- two', action: 'Reply\nby Friday.', refersTo: [] });
  });

  it('has a null action without the label and null update without text', () => {
    expect(extractItemText(entry('T', ['Only text.']))).toMatchObject({ update: 'Only text.', action: null });
    expect(extractItemText(entry('📅 Save the date: Conference', ['Text.'])).title).toBe('Save the date: Conference');
    expect(extractItemText(entry('★ New pilot', ['Text.'])).title).toBe('New pilot');
    expect(extractItemText(entry('“Quoted” title', ['Text.'])).title).toBe('“Quoted” title');
    expect(extractItemText(entry('★', ['Text.'])).title).toBe('★');
    // A "new" tag is a flag on the entry, after any emoji; "New" as the title's own word stays.
    expect(extractItemText(entry('NEW: Kinship workshop – Thu 22 Jan', ['Text.'])).title).toBe('Kinship workshop – Thu 22 Jan');
    expect(extractItemText(entry('➡️ NEW – Foster carer survey', ['Text.'])).title).toBe('Foster carer survey');
    expect(extractItemText(entry('[NEW] Data forum', ['Text.'])).title).toBe('Data forum');
    expect(extractItemText(entry('New! Practice guide', ['Text.'])).title).toBe('Practice guide');
    expect(extractItemText(entry('NEW Regional hub', ['Text.'])).title).toBe('Regional hub');
    expect(extractItemText(entry('New kinship guidance published', ['Text.'])).title).toBe('New kinship guidance published');
    expect(extractItemText(entry('NEW FAMILY HUBS', ['Text.'])).title).toBe('NEW FAMILY HUBS');
    expect(extractItemText(entry('Newham – regional lead', ['Text.'])).title).toBe('Newham – regional lead');
    expect(extractItemText(entry('NEW:', ['Text.'])).title).toBe('NEW:');
    expect(extractItemText(entry('T', []))).toMatchObject({ update: null, action: null });
  });

  it('opens the action at a label inside a line after a dash: the words before stay the update', () => {
    const inline = extractItemText(entry('T', ['The template is attached.', 'Please complete every tab – ACTION REQUIRED: return it by 5pm Friday 28th April.', 'Questions to the lead.']));
    expect(inline).toMatchObject({
      update: 'The template is attached.\nPlease complete every tab',
      action: 'return it by 5pm Friday 28th April.\nQuestions to the lead.',
    });
    // Without the dash and colon the words are prose: "no action required" names no label.
    expect(extractItemText(entry('T', ['There is no action required at this stage.']))).toMatchObject({ action: null });
    expect(extractItemText(entry('T', ['Training – action required by managers is set out below.']))).toMatchObject({ action: null });
  });

  it('reads "No action required." alone on its line as the action, but not inside a sentence', () => {
    expect(extractItemText(entry('T', ['Update :', 'News.', 'No action required.']))).toMatchObject({ update: 'News.', action: 'No action required.' });
    expect(extractItemText(entry('T', ['News.', 'No action required at this stage, but please note the dates.']))).toMatchObject({ action: null });
  });

  it('reads a label followed by a dash alone as no text, and keeps "N/A" as written', () => {
    expect(extractItemText(entry('T', ['Update: News.', 'Action Required: –']))).toMatchObject({ update: 'News.', action: null });
    expect(extractItemText(entry('T', ['Update: -', 'Text below.', 'Action Required: N/A']))).toMatchObject({ update: 'Text below.', action: 'N/A' });
  });

  it('does not read bulletin text as Markdown', () => {
    const blocks = toBlocks(toLines('# not a heading *not emphasis* [2019] EWCA Civ 1\n> not a quote'));
    expect(blocksToText(blocks)).toBe('# not a heading *not emphasis* [2019] EWCA Civ 1\n> not a quote');
  });

  it('finds the people an entry refers readers to', () => {
    expect(findReferrals(['please contact Jo Bloggs (details below) or contact Sam Smith.', 'contact The Care Team'])).toEqual(['Jo Bloggs', 'Sam Smith']);
  });
});

describe('Contact Details cut off', () => {
  it('keeps name and role of a line cut inside its organisation; the organisation is unknown', () => {
    const { contacts, warnings } = extractContacts(toLines('AD Education Network Lead: Anna Kowalczyk (South East Sector-Led Impro'), 'x');
    expect(contacts.map(({ name, role, organisation }) => ({ name, role, organisation }))).toEqual([
      { name: 'Anna Kowalczyk', role: 'AD Education Network Lead', organisation: null },
    ]);
    expect(warnings).toEqual([]);
  });

  it('still refuses a cut line whose name is not a name', () => {
    expect(extractContacts(toLines('please contact the office (open on weekd'), 'x').contacts).toEqual([]);
  });
});
