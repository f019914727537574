import { describe, expect, it } from 'vitest';
import { quotedPrintableLines } from '../../src/quoted.js';
import { decodeMime, unescapeMbox } from '../../src/mime.js';
import { pageLines } from '../../src/pipeline.js';
import { normaliseLine, toLines } from '../../src/normalise.js';

describe('normalise', () => {
  it('keeps one line per source line whatever the line ends', () => {
    const lines = toLines('a\r\nb\rc\n\nd');
    expect(lines.map((l) => [l.text, l.line])).toEqual([['a', 1], ['b', 2], ['c', 3], ['', 4], ['d', 5]]);
  });

  it('turns non-breaking and odd spaces into one space and drops invisible characters', () => {
    expect(normaliseLine('\u00a0On\u00a0 Friday\u200b 17\u202fJanuary\u00ad\ufeff ')).toBe('On Friday 17 January');
    expect(normaliseLine('Network\tDate\t\tTime')).toBe('Network Date Time');
  });

  it('keeps the cells of a line split by tabs into three or more, two of them filled, beside its text', () => {
    const [row, indented, spaced] = toLines('Jo Bloggs\tLead\tSomewhere Council\t\n\t\tindented\nTel:\t01234 567890');
    expect(row).toEqual({ text: 'Jo Bloggs Lead Somewhere Council', line: 1, cells: ['Jo Bloggs', 'Lead', 'Somewhere Council', ''] });
    expect(indented).not.toHaveProperty('cells');
    expect(spaced).not.toHaveProperty('cells');
  });

  it('reads a pandoc multiline table as one line per row, each cell gathered from its column over the row\'s lines', () => {
    const text = [
      'Dates below.',
      '',
      '  ------------------------------------------',
      '  Date               Meeting        Venue',
      '  ------------------ -------------- --------',
      '  Friday 16          AD Education   Teams',
      '  September 2022     Network',
      '',
      '  Monday 3 October   PSW Network    County',
      '                                    Hall',
      '  ------------------------------------------',
      '',
      'After.',
    ].join('\n');
    expect(toLines(text)).toEqual([
      { text: 'Dates below.', line: 1 },
      { text: '', line: 2 },
      { text: 'Date | Meeting | Venue', line: 4, cells: ['Date', 'Meeting', 'Venue'] },
      { text: 'Friday 16 September 2022 | AD Education Network | Teams', line: 6, cells: ['Friday 16 September 2022', 'AD Education Network', 'Teams'] },
      { text: 'Monday 3 October | PSW Network | County Hall', line: 9, cells: ['Monday 3 October', 'PSW Network', 'County Hall'] },
      { text: '', line: 12 },
      { text: 'After.', line: 13 },
    ]);
  });

  it('reads a pandoc simple table one line per row, an empty cell kept in its place', () => {
    const lines = toLines(['  Name          Phone', '  ------------- -------------', '  Jo Bloggs     01483 517622', '  Sam Reid', '', 'Next'].join('\n'));
    expect(lines.map((l) => l.cells ?? l.text)).toEqual([['Name', 'Phone'], ['Jo Bloggs', '01483 517622'], ['Sam Reid', ''], '', 'Next']);
  });

  it('leaves dashes that rule no table as text: a lone ruler, a multiline table never closed', () => {
    expect(toLines('---- ----\n\nText').map((l) => l.text)).toEqual(['---- ----', '', 'Text']);
    const open = ['  ----------------', '  Date     Place', '  -------- -------', '  1 May    Leeds', '', '  2 May    York'];
    expect(toLines(open.join('\n')).map((l) => l.cells)).toEqual(open.map(() => undefined));
  });

  it('reads a table written one cell per line (Google Docs plain text) by its header row, an empty cell as an empty line', () => {
    const text = [
      'Dates below.', 'Date', 'Meeting', 'Time', 'Venue',
      'Tuesday 18 October 2022', 'AD Safeguarding Network', '10.00 – 12.30', 'Microsoft Teams',
      'Friday 25 November 2022', 'Regional DCS Conference', '', 'Kent Event Centre, Detling',
      '', 'Action Required:', 'Please add the dates to your diaries.',
    ].join('\r\n');
    expect(toLines(text)).toEqual([
      { text: 'Dates below.', line: 1 },
      { text: 'Date | Meeting | Time | Venue', line: 2, cells: ['Date', 'Meeting', 'Time', 'Venue'] },
      { text: 'Tuesday 18 October 2022 | AD Safeguarding Network | 10.00 – 12.30 | Microsoft Teams', line: 6, cells: ['Tuesday 18 October 2022', 'AD Safeguarding Network', '10.00 – 12.30', 'Microsoft Teams'] },
      { text: 'Friday 25 November 2022 | Regional DCS Conference |  | Kent Event Centre, Detling', line: 10, cells: ['Friday 25 November 2022', 'Regional DCS Conference', '', 'Kent Event Centre, Detling'] },
      { text: '', line: 14 },
      { text: 'Action Required:', line: 15 },
      { text: 'Please add the dates to your diaries.', line: 16 },
    ]);
    const contacts = toLines(['Name', 'Role', 'Phone', 'Jo Bloggs', 'Lead', '01483 517622', 'Sam Reid', 'Chair', ''].join('\n'));
    expect(contacts.map((l) => l.cells ?? l.text)).toEqual([['Name', 'Role', 'Phone'], ['Jo Bloggs', 'Lead', '01483 517622'], ['Sam Reid', 'Chair', '']]);
  });

  it('reads no stacked table from fewer than three column names, nor rows that read as prose, a label or a day column with no day', () => {
    const lines = (rows: string[]) => toLines(rows.join('\n')).map((l) => l.cells ?? l.text);
    expect(lines(['Date', 'Venue', '1 May', 'Leeds'])).toEqual(['Date', 'Venue', '1 May', 'Leeds']);
    // The rows end where the lines stop reading as one: the header row alone is no table.
    const prose = ['Date', 'Meeting', 'Venue', 'The dates will follow next week.', 'Action Required:', 'None'];
    expect(lines(prose)).toEqual(prose);
    const noDay = ['Date', 'Meeting', 'Venue', 'To be confirmed', 'AD Network', 'Teams'];
    expect(lines(noDay)).toEqual(noDay);
    // A run after the last row that reads as no row is the text after the table.
    expect(lines(['When', 'Meeting', 'Where', '1 May', 'AD Network', 'Teams', 'Book here.', 'Thanks', 'More'])).toEqual([
      ['When', 'Meeting', 'Where'], ['1 May', 'AD Network', 'Teams'], 'Book here.', 'Thanks', 'More',
    ]);
  });

  it('drops control characters and composes accents', () => {
    expect(normaliseLine('Caf\u0065\u0301\u0007 open\u0085')).toBe('Café open');
  });

  it('spells out PDF ligatures and reads Symbol and Wingdings private-use bullets as bullets', () => {
    expect(normaliseLine('the \ufb01nal con\ufb02ict, o\ufb00ered')).toBe('the final conflict, offered');
    expect(toLines('\uf0b7\tfirst\n\uf0a7 second').map((l) => l.text)).toEqual(['• first', '▪ second']);
    // Other private-use characters are no known glyph: left as they are.
    expect(normaliseLine('\uf076 diamond')).toBe('\uf076 diamond');
  });
});

describe('OCR look-alike letters in figures', () => {
  it.each([
    ['on Wednesday 26 July 2O17, 1O.OO-15.3O at', 'on Wednesday 26 July 2017, 10.00-15.30 at'],
    ['by 2l July', 'by 21 July'],
    ['Friday l4th July 2Ol7', 'Friday 14th July 2017'],
    ['on July l8, from 9.3Oam', 'on July 18, from 9.30am'],
    ['2pm - 4prn', '2pm - 4pm'],
    ['8 Septernber 2017 and 2 Decernber', '8 September 2017 and 2 December'],
    ['O7964 2O5118', '07964 205118'],
    ['by Friday ll September', 'by Friday 11 September'],
    ['from 10am to l2pm', 'from 10am to 12pm'],
    // Ordinals: a day with its ordinal ending and a month, or with a figure in it.
    ['on Tuesday lst December', 'on Tuesday 1st December'],
    ['by Ist March 2016', 'by 1st March 2016'],
    ['no later than llth November', 'no later than 11th November'],
    ['by 2lst November', 'by 21st November'],
    ['by the 3Oth of this month', 'by the 30th of this month'],
    ['October lOth', 'October 10th'],
  ])('%s', (text, read) => {
    expect(normaliseLine(text)).toBe(read);
    expect(toLines(text)[0]!.text).toBe(read);
  });

  it.each([
    'Oldham and Ilford colleagues',
    'Winchester SO23 8UJ',
    'UPDATE N0 256',
    'l4 authorities and 2O schools',
    'version 1O of 2O5',
    'Year 1O.5 results',
    'a 3l-point plan',
    'I will send the rota to Gareth',
    'two prn medication doses',
    "we'll march on",
    'Il Divo in concert',
    'at l3pm',
    // Words, ordinals whose ending is not the day's, and one without a month or a figure.
    'a list of lost items, the 1st on the list',
    'the lst draft',
    'by 2lth November',
    'the Ist point and the lOth',
  ])('leaves %s as it is', (text) => {
    expect(normaliseLine(text)).toBe(text);
  });
});

describe('artefacts of a scanned or copied page', () => {
  it('drops the column rule a boxed page leaves at a line start, as a bar or an "l"', () => {
    expect(toLines('| The day will be held\n|Action Required:\nl The findings will\n  | indented\n|').map((l) => l.text)).toEqual([
      'The day will be held',
      'Action Required:',
      'The findings will',
      'indented',
      '',
    ]);
    expect(normaliseLine('l • a bullet')).toBe('• a bullet');
  });

  it('keeps a table row\'s bar, and an "l" or "I" that is a word', () => {
    expect(normaliseLine('| Name | Role |')).toBe('| Name | Role |');
    expect(normaliseLine('I Will Survive – staff wellbeing')).toBe('I Will Survive – staff wellbeing');
    expect(normaliseLine('lots of places')).toBe('lots of places');
    expect(normaliseLine('l and r')).toBe('l and r');
  });

  it('keeps a soft hyphen only at the end of a line, where it marks a broken word for unwrap', () => {
    expect(normaliseLine('recruit\u00adment and re\u00adtention')).toBe('recruitment and retention');
    expect(toLines('Safer Recruit\u00ad \nment').map((l) => l.text)).toEqual(['Safer Recruit\u00ad', 'ment']);
    expect(normaliseLine('a dash \u00ad')).toBe('a dash');
    // The hyphen a converter printed after the soft one is the break's: the word goes on below.
    expect(toLines('number of place\u00ad-\nments').map((l) => l.text)).toEqual(['number of place\u00ad', 'ments']);
    // A hyphen with no soft one before it is the text's own.
    expect(normaliseLine('a well-\u00ad')).toBe('a well-');
    expect(normaliseLine('ten-\u00adyear plan')).toBe('ten-year plan');
  });
});

describe('quoted-printable mail', () => {
  const encoded = [
    'Subject: SESLIP Update No 472',
    '',
    'Programme:=20',
    'Children=E2=80=99s Social Care Workforce =E2=80=93 agency social worker ple=',
    'dge',
    'Update:=20',
    'The pledge has been signed=',
    ' by 18 of the 19 authorities on 1 September, 10.00 =',
    '=E2=80=93 12.00, and Surrey=92s too.',
    'Action Required: For information.',
  ].join('\r\n');

  it('joins soft breaks (mid-word too), decodes escapes as UTF-8 or Windows-1252, keeps first line numbers', () => {
    const read = quotedPrintableLines(encoded)!;
    expect(read.lines).toEqual([
      { text: 'Subject: SESLIP Update No 472', line: 1 },
      { text: '', line: 2 },
      { text: 'Programme:', line: 3 },
      { text: 'Children’s Social Care Workforce – agency social worker pledge', line: 4 },
      { text: 'Update:', line: 6 },
      { text: 'The pledge has been signed by 18 of the 19 authorities on 1 September, 10.00 – 12.00, and Surrey’s too.', line: 7 },
      { text: 'Action Required: For information.', line: 10 },
    ]);
    expect(read.count).toBeGreaterThan(0);
  });

  it('leaves alone text whose "=" signs no encoder wrote', () => {
    expect(quotedPrintableLines('Target =\nrate =\nscore =\nnext line')).toBeNull();
    expect(quotedPrintableLines('A one-off =E2=80=99 in a line\nand nothing else =\nhere')).toBeNull();
    expect(quotedPrintableLines('No equals sign at all')).toBeNull();
  });
});

describe('raw MIME mail', () => {
  const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\n');
  const headers = ['From: SESLIP <bulletin@example.org>', 'Subject: SESLIP Update No 496 - 21 January 2022', 'MIME-Version: 1.0'];
  const plain = 'UPDATE NO 496 21 January 2022\r\n\r\nThis week’s update: a fund of £40,000.\r\n';

  it('decodes a base64 text/plain body as its headers declare, in UTF-8 or the declared charset', () => {
    const mail = [...headers, 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: base64', '', b64(plain)].join('\n');
    const read = decodeMime(mail)!;
    expect(read.counts).toEqual({ base64: 1, quotedPrintable: 0 });
    expect(read.text.split('\n').slice(-4)).toEqual(['UPDATE NO 496 21 January 2022', '', 'This week’s update: a fund of £40,000.', '']);
    const latin = Buffer.from('A fund of \u00a340,000 for Surrey\u0092s bid.', 'latin1').toString('base64');
    const mail1252 = [...headers, 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: base64', '', latin].join('\n');
    expect(decodeMime(mail1252)!.text).toContain('A fund of £40,000 for Surrey’s bid.');
  });

  it('decodes a declared quoted-printable body in its charset: "=A3" is £ in ISO-8859-1, with few soft breaks', () => {
    const mail = [...headers, 'Content-Type: text/plain; charset="iso-8859-1"', 'Content-Transfer-Encoding: quoted-printable', '', 'Tickets cost =A345 per dele=', 'gate.'].join('\n');
    const read = decodeMime(mail)!;
    expect(read.text.split('\n').at(-1)).toBe('Tickets cost £45 per delegate.');
    expect(read.counts.quotedPrintable).toBe(2);
  });

  it('reads the text/plain copy of a multipart/alternative mail only, the folded boundary unfolded and the preamble dropped', () => {
    const mail = [
      ...headers,
      'Content-Type: multipart/alternative;',
      '\tboundary="=_Part_1_2.3"',
      '',
      'This is a multi-part message in MIME format.',
      '--=_Part_1_2.3',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p class=3D"x">HTML copy</p>',
      '--=_Part_1_2.3',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Plain copy\n'),
      '--=_Part_1_2.3--',
      '',
    ].join('\r\n');
    const read = decodeMime(mail)!;
    expect(read.text.split('\n')).toEqual([...headers, 'Content-Type: multipart/alternative; boundary="=_Part_1_2.3"', '', 'Plain copy', '']);
    expect(read.counts).toEqual({ base64: 1, quotedPrintable: 0 });
    // The HTML copy is never decoded, so it neither switches the file to HTML reading nor counts.
    expect(pageLines(mail)).toMatchObject({ html: false, entities: 0, base64: 1, quotedPrintable: 0 });
  });

  it('reads the visible text of a message with an HTML part only, and skips attachments', () => {
    const mail = [
      ...headers,
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: multipart/alternative; boundary="b2"',
      '',
      '--b2',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><h2>UPDATE NO 496</h2><p>Tools &amp; Templates</p></body></html>',
      '--b2--',
      '--b1',
      'Content-Type: application/pdf; name="update.pdf"',
      'Content-Disposition: attachment; filename="update.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--b1--',
    ].join('\n');
    const read = decodeMime(mail)!;
    expect(read.text.split('\n').slice(headers.length + 2)).toEqual(['UPDATE NO 496', '', '', 'Tools & Templates']);
    expect(read.counts.base64).toBe(0);
    const single = [...headers, 'Content-Type: text/html; charset=utf-8', '', '<p>Tools &amp; Templates</p>'].join('\n');
    expect(decodeMime(single)!.text.split('\n').at(-1)).toBe('Tools & Templates');
  });

  it('reads a message forwarded as an attachment (message/rfc822) after the covering note: its header block, then its plain copy', () => {
    const mail = [
      'From: Priya Shah <p.shah@example.org>',
      'Subject: FW: SESLIP Update No 496',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Forwarding the bulletin.',
      '',
      '--outer',
      'Content-Type: message/rfc822; name="update.eml"',
      'Content-Disposition: attachment; filename="update.eml"',
      '',
      ...headers.slice(0, 2),
      'Content-Type: multipart/alternative;',
      ' boundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Plain copy\n'),
      '--inner',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML copy</p>',
      '--inner--',
      '',
      '--outer--',
    ].join('\n');
    const read = decodeMime(mail)!;
    expect(read.text.split('\n').slice(5)).toEqual(['Forwarding the bulletin.', '', '', ...headers.slice(0, 2), 'Content-Type: multipart/alternative; boundary="inner"', '', 'Plain copy', '']);
    expect(read.counts.base64).toBe(1);
    // Another attachment after the text is still skipped.
    expect(decodeMime(mail.replace('message/rfc822', 'application/octet-stream'))!.text).not.toContain('Plain copy');
  });

  it('reads on past a header block that asks for nothing to a later one that does (a raw message forwarded inline)', () => {
    const top = ['From: Priya Shah <p.shah@example.org>', 'Subject: FW: bulletin', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 7bit', '', 'See the raw mail below.', ''];
    const mail = [...top, ...headers, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(plain)].join('\n');
    const read = decodeMime(mail)!;
    expect(read.text.split('\n').slice(0, top.length + headers.length + 1)).toEqual([...top, ...headers, 'Content-Type: text/plain; charset=utf-8']);
    expect(read.text).toContain('This week’s update: a fund of £40,000.');
    expect(read.counts.base64).toBe(1);
    // A later block declaring base64 over text that is not base64 changes nothing.
    expect(decodeMime([...top, 'Content-Transfer-Encoding: base64', '', 'Dear colleagues, this is text.'].join('\n'))).toBeNull();
  });

  it('reads the parts of a mail whose header block lost its multipart Content-Type, from the first boundary line over a part', () => {
    const mail = [
      ...headers.slice(0, 2),
      '',
      '--=_b1',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p class=3D"x">HTML copy</p>',
      '--=_b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Plain copy\n'),
      '--=_b1--',
    ].join('\n');
    // A text/plain and a text/html part are two copies of one text: the plain one is read.
    expect(decodeMime(mail)!.text.split('\n')).toEqual([...headers.slice(0, 2), '', '', 'Plain copy', '']);
    // Other parts are read in order, attachments skipped.
    const mixed = mail.replace('text/html; charset=utf-8', 'application/pdf').replace('<p class=3D"x">HTML copy</p>', 'JVBERi0xLjQK');
    expect(decodeMime(mixed)!.text.split('\n').slice(3)).toEqual(['', 'Plain copy', '']);
    // A dashed line over a header block in the text is no boundary unless the block's body decodes.
    expect(decodeMime(['Notes', '', '--draft', 'Content-Transfer-Encoding: base64', '', 'Dear colleagues, this is text.'].join('\n'))).toBeNull();
  });

  it('decodes nothing the headers do not declare: base64-looking text, a plain mail, a base64 header over text that is not base64', () => {
    expect(decodeMime('U0VTTElQIFVQREFURSBOTyA0OTYg4oCTIDIxIEphbnVhcnkgMjAyMg0K\nQWN0aW9uIFJlcXVpcmVk')).toBeNull();
    expect(decodeMime([...headers, 'Content-Type: text/plain; charset=utf-8', '', 'UPDATE NO 496'].join('\n'))).toBeNull();
    expect(decodeMime('Content-Type: the new template for returns\n\nU0VTTElQ')).toBeNull();
    expect(decodeMime([...headers, 'Content-Transfer-Encoding: base64', '', 'Dear colleagues, this is text.'].join('\n'))).toBeNull();
    expect(decodeMime([...headers, 'Content-Transfer-Encoding: base64', '', 'Update'].join('\n'))).toBeNull();
  });

  it('decodes a Subject in encoded words (B and Q, words run together), so a bulletin with no header in its body is named', () => {
    const subject = `=?utf-8?B?${Buffer.from('SESLIP Update No 503 – ', 'utf8').toString('base64')}?=\r\n =?iso-8859-1?Q?11_March_2022_=A3?=`;
    const mail = [headers[0], `Subject: ${subject}`, 'Content-Type: text/plain; charset=utf-8', '', 'Dear colleagues,'].join('\r\n');
    expect(decodeMime(mail)!.text.split('\n')).toEqual([headers[0], 'Subject: SESLIP Update No 503 – 11 March 2022 £', 'Content-Type: text/plain; charset=utf-8', '', 'Dear colleagues,']);
    expect(decodeMime(mail.replace('=A3?=', '=A3'))!.text).toContain('11_March_2022_=A3');
  });

  it('undoes mbox ">From " escaping in an mbox only', () => {
    const mbox = ['From bulletin@example.org Fri Mar 18 13:05:12 2022', 'Subject: x', '', '>From the start of term', '>>From a quoted line'].join('\n');
    expect(unescapeMbox(mbox).split('\n').slice(3)).toEqual(['From the start of term', '>From a quoted line']);
    const reply = ['Subject: x', '', '>From the start of term'].join('\n');
    expect(unescapeMbox(reply)).toBe(reply);
  });
});
