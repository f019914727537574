import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/decode.js';
import { toLines } from '../../src/normalise.js';
import { findHeaders, nameHeader } from '../../src/segment/header.js';
import { findFurniture, isFurnitureLine } from '../../src/segment/furniture.js';
import { isActionLabel, isProgrammeLabel, isUpdateLabel, labelText, markerOf } from '../../src/segment/labels.js';
import { isBoilerplate } from '../../src/segment/boilerplate.js';
import { inlineAll, isConverted, readAlone, unmark } from '../../src/segment/markup.js';
import { dropCampaignTargets, isCampaign, readCampaign } from '../../src/segment/campaign.js';
import { unwrap, wrapWidth } from '../../src/segment/unwrap.js';
import { segment } from '../../src/segment/index.js';
import { borderedRows } from '../../src/segment/borders.js';
import { withoutOutlineNumbers } from '../../src/segment/outline.js';
import { dropLinkTargets, findMailHeaders, isGreeting, isSignOff, unquote } from '../../src/segment/mail.js';
import { findWaybackToolbar, isPageChrome, isPageEnd } from '../../src/segment/web.js';

const seg = (text: string) => segment(toLines(text));
const titles = (text: string) => seg(text).entries.map((e) => [e.section, e.title]);

describe('header', () => {
  it.each([
    ['UPDATE NO 381 06 December 2019', 381, '2019-12-06'],
    ['Update no 585 1st December 2023', 585, '2023-12-01'],
    ['Update No. 412 – 3rd July 2020', 412, '2020-07-03'],
    ['UPDATE NO 77', 77, null],
    ['SESLIP UPDATE No. 150 – 12th June 2015', 150, '2015-06-12'],
    ['Update No 201  Friday 1 July 2016', 201, '2016-07-01'],
    ['South East Sector Led Improvement Programme – Update No 62 – 19/04/2013', 62, '2013-04-19'],
    ['South East Sector-Led Improvement Programme Update No. 40 (16.11.12)', 40, '2012-11-16'],
    ['SESLI – Update no 75 – 5/7/2013', 75, '2013-07-05'],
    ['UPDATE NO. 62 (19 April 2013)', 62, '2013-04-19'],
    ['Update No 62 – 31/02/2013', 62, null],
    // OCR: a zero for the O of "No", and figures misread as letters in the date (normalise.ts).
    ['UPDATE N0 256 l4 July 2Ol7', 256, '2017-07-14'],
    ['UPDATE NO 4l8 O4 September 2O2O', 418, '2020-09-04'],
    ['SESLIP Weekly Bulletin – Update Number 14 – w/e 18 March 2011', 14, '2011-03-18'],
    ['Update 27 (Friday 24th June 2011)', 27, '2011-06-24'],
    ['Update 31 – 22/7/11', 31, '2011-07-22'],
    ['SESLIP Weekly Update – Update Number 40 – Friday 14th October 2011', 40, '2011-10-14'],
    ['Update 3 – Fri 21/1/11', 3, '2011-01-21'],
  ])('%s', (line, number, date) => {
    expect(findHeaders(toLines(line))).toEqual([{ number, date, index: 0 }]);
  });

  it('takes the date from the next line when the header line has none', () => {
    expect(findHeaders(toLines('UPDATE NO 12\n4 March 2016'))[0]).toMatchObject({ number: 12, date: '2016-03-04' });
    // A line that is only the date (a weekday or a "Date:" label beside it) is part of the header; a sentence naming a day is not.
    for (const below of ['Friday 14th September 2012', 'Date: 7th March 2014', '14/09/2012']) {
      expect(findHeaders(toLines(`SESLIP Update No. 50\n${below}`))[0]).toMatchObject({ number: 50, dateBelow: true });
    }
    expect(findHeaders(toLines('SESLIP Update No. 50\nThe DCS meeting on 12 October 2012 has moved.'))[0]).not.toHaveProperty('dateBelow');
    // Or alone on the line above: a sentence there gives no date.
    expect(findHeaders(toLines('Friday 14th September 2012\nSESLIP Update No. 50'))).toEqual([{ number: 50, date: '2012-09-14', index: 1 }]);
    expect(findHeaders(toLines('The DCS meeting on 12 October 2012 has moved.\nSESLIP Update No. 50'))[0]).toMatchObject({ number: 50, date: null });
  });

  it('does not read labels or prose as headers', () => {
    expect(findHeaders(toLines('Update: the next meeting is on 5 May\nUpdate on 3 new cases'))).toEqual([]);
    expect(findHeaders(toLines('SESLIP update on 3 new cases\nSESLIP News No 4 1 May 2015'))).toEqual([]);
    expect(findHeaders(toLines('South East Sector Led Improvement Programme – Annual Report 2013'))).toEqual([]);
    // Only O, o, l and I stand for figures in the number.
    expect(findHeaders(toLines('UPDATE NO 4L8 5 May 2020'))).toEqual([]);
  });

  it('reads a bare "Update N" as a header only with its date straight after the number', () => {
    expect(findHeaders(toLines('SESLIP\nUpdate 27 (Friday 24th June 2011)'))).toEqual([{ number: 27, date: '2011-06-24', index: 1 }]);
    const prose = ['Update 13 of the regional plan was agreed on 3 May 2011', 'Update 2020/21 of the plan, 3 May 2021', 'Update 12 May 2011 meeting notes', 'Update 4 (draft)'];
    expect(findHeaders(toLines(prose.join('\n')))).toEqual([]);
  });

  it('keeps a bare header of another number only for the splitter, and only when its line ends at its date', () => {
    const lines = toLines('SESLIP\nUpdate 27 (Friday 24th June 2011)\nUpdate 28 (Friday 1st July 2011)\nUpdate 26 (Friday 17th June 2011) set the dates');
    expect(findHeaders(lines).map((h) => h.number)).toEqual([27]);
    expect(findHeaders(lines, { anyBare: true })).toEqual([
      { number: 27, date: '2011-06-24', index: 1 },
      { number: 28, date: '2011-07-01', index: 2 },
    ]);
  });

  it('reads a header set in Markdown bold', () => {
    expect(findHeaders(toLines('**UPDATE NO 405 22 May 2020**\n__Update 27 (Friday 24th June 2011)__'))).toEqual([{ number: 405, date: '2020-05-22', index: 0 }]);
    expect(findHeaders(toLines('__Update 27 (Friday 24th June 2011)__'))).toEqual([{ number: 27, date: '2011-06-24', index: 0 }]);
    // A bullet is no bold.
    expect(findHeaders(toLines('* Update No 5 – 3 May 2020'))).toEqual([]);
  });

  it('takes a bare "Update N (date)" in an entry for no header: not beside an "Update No" header, nor with another number than the first', () => {
    const quoted = 'Update 3 (20 April 2020): virtual visits are permitted.';
    expect(findHeaders(toLines(`UPDATE NO 402 15 May 2020\n\nGuidance\n\n${quoted}`))).toEqual([{ number: 402, date: '2020-05-15', index: 0 }]);
    expect(findHeaders(toLines(`Update 27 (Friday 24th June 2011)\n\n${quoted}\n\nUpdate 27 (Friday 24th June 2011)`))).toEqual([
      { number: 27, date: '2011-06-24', index: 0 },
      { number: 27, date: '2011-06-24', index: 4 },
    ]);
  });
});

describe('the issue a file name gives', () => {
  it.each([
    ['update-412-2020-06-19.txt', 412, '2020-06-19'],
    ['SESLIP_Update_No_412.txt', 412, null],
    ['2020-06-19 update 412.txt', 412, '2020-06-19'],
    ['19-06-2020 Issue no. 412.html', 412, '2020-06-19'],
    ['seslip-update-20200619.txt', null, '2020-06-19'],
    ['archive/2019/update 9.txt', 9, null],
    // A bare number beside a whole date; a download's copy counter in brackets is none.
    ['top-cut-409-2020-06-19.txt', 409, '2020-06-19'],
    ['412-2020-06-19 (1).txt', 412, '2020-06-19'],
    ['2020-06-19 (1).txt', null, '2020-06-19'],
    ['C:\\scrapes\\update_no_412.txt', 412, null],
  ])('%s', (name, number, date) => {
    expect(nameHeader(name)).toEqual({ number, date });
  });

  it('reads nothing from a name in no unambiguous shape', () => {
    // A year is no issue number nor date; a bare number needs a whole date beside it.
    for (const name of ['notes-2020.txt', 'update-2020.txt', 'scan 3.txt', 'page 2 of 5.txt', '-', 'input', 'update-412-and-update-413.txt', 'Update No 41l.txt', 'v2 notes.txt', 'no-header.txt']) {
      expect(nameHeader(name), name).toBeNull();
    }
    // Directories name no issue.
    expect(nameHeader('update-9/2020-06/notes.txt')).toBeNull();
    // 30 February is no day: the number stands alone; two dates give none.
    expect(nameHeader('update-412-2020-02-30.txt')).toEqual({ number: 412, date: null });
    expect(nameHeader('update-412-2020-06-19-2020-06-26.txt')).toEqual({ number: 412, date: null });
    expect(nameHeader('scan-2020-02-30.txt')).toBeNull();
  });

  const headless = ['Programme:', 'Orphan Item', 'Update:', 'Text due by 26 June.'].join('\n');

  it('names a bulletin whose text has no header by its file name, with a warning', () => {
    const s = segment(toLines(headless), { name: 'fixtures/top-cut-409-2020-06-19.txt' });
    expect(s.header).toBeNull();
    expect(s.issue).toEqual({ number: 409, date: '2020-06-19' });
    expect(s.warnings.map((w) => w.code)).toContain('header-from-filename');
    expect(s.warnings.map((w) => w.code)).not.toContain('no-header');
    const undated = segment(toLines(headless), { name: 'SESLIP_Update_No_412.txt' });
    expect(undated.issue).toEqual({ number: 412, date: null });
    expect(undated.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['header-from-filename', 'no-date']));
    // Stdin and names in no issue's shape give nothing.
    for (const name of ['-', 'notes-2020.txt']) {
      const s = segment(toLines(headless), { name });
      expect(s.issue).toBeNull();
      expect(s.warnings.map((w) => w.code)).toContain('no-header');
    }
    // A file name makes no text a bulletin.
    expect(() => segment(toLines('The bus timetable changes on Monday.'), { name: 'update-412-2020-06-19.txt' })).toThrow(InputError);
  });

  it('keeps a header of the text or the Subject over the file name, warning where they disagree', () => {
    const text = `UPDATE NO 413 26 June 2020\n${headless}`;
    const other = segment(toLines(text), { name: 'update-412-2020-06-19.txt' });
    expect(other.issue).toMatchObject({ number: 413, date: '2020-06-26' });
    expect(other.warnings.map((w) => w.code)).toContain('filename-mismatch');
    expect(other.warnings.map((w) => w.code)).not.toContain('header-from-filename');
    for (const name of ['update-413-2020-06-26.txt', 'update-413.txt', '26-06-2020.txt']) {
      expect(segment(toLines(text), { name }).warnings.map((w) => w.code), name).not.toContain('filename-mismatch');
    }
    const mailed = segment(toLines(`From: SESLIP <a@example.org>\nSent: 26 June 2020\nSubject: SESLIP Update No 413 - 26 June 2020\n\n${headless}`), { name: 'update-412.txt' });
    expect(mailed.issue).toMatchObject({ number: 413, date: '2020-06-26' });
    expect(mailed.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['header-from-subject', 'filename-mismatch']));
  });
});

describe('section markers', () => {
  it.each([
    ['Reminders from previous weeks', 'reminders'],
    ['REMINDERS FROM PREVIOUS WEEKS', 'reminders'],
    ['Reminders From Previous Week', 'reminders'],
    ['Remiders from previous weeks', 'reminders'],
    ['Tools & Templates', 'tools'],
    ['Tools and Templates', 'tools'],
    ['Tols & Templates', 'tools'],
    ['Contact Details', 'contacts'],
    ['Contact details:', 'contacts'],
    ['## Contact Details', 'contacts'],
    ['*Tools & Templates*', 'tools'],
    ['Useful contacts', 'contacts'],
    ['New this week', 'new'],
    ['NEW ITEMS', 'new'],
    ['Previous Updates', 'reminders'],
    ['Items from previous updates', 'reminders'],
    ['Resources', 'tools'],
    ['Useful Resources', 'tools'],
    ['Reminders from previous updates', 'reminders'],
    ['Key contacts', 'contacts'],
    ['Contacts', 'contacts'],
    ['Items this week', 'new'],
    ['Still current', 'reminders'],
    ['Stil current', 'reminders'],
    ['Useful documents', 'tools'],
    ['Who to contact', 'contacts'],
    ['This week', 'new'],
    ['Documents and Resources', 'tools'],
    ['Documents & Resources', 'tools'],
  ])('%s opens %s', (line, marker) => {
    expect(markerOf(line)).toBe(marker);
  });

  it.each(['Contact Mark for details', 'Tools for practice', 'Reminder: book your place by Friday', 'Templates', 'New this year', 'Resources for schools', 'Previous update on this item', 'Key contact points', 'Items this term', 'Still recruiting', 'Useful documents for schools', 'Who to contact for bookings', 'This weekend', 'This week only', 'Documents and resources for carers', 'This week:'])(
    '%s is not a marker',
    (line) => expect(markerOf(line)).toBeNull(),
  );
});

describe('segment', () => {
  const blankLine = [
    'UPDATE NO 900 3 March 2017', '', '',
    'First Network Item', '', '',
    'Body of the first item.', '', 'Action Required:', '', 'Do the thing.', '', '',
    'Second Item', '', '',
    'Second body.', '',
    'Reminders from previous weeks', '', '',
    'Older Item', '', '',
    'Older body.', '',
    'Tools & Templates', '', 'A Report published 1 March 2017', '',
    'Contact Details', '', 'Lead: Jo Bloggs (Somewhere Council)', '07700 900123',
  ].join('\n');

  it('takes a table row opening a paragraph for no title: a ruled table under an entry stays its text', () => {
    const single = [
      'UPDATE NO 519 12 August 2022', '',
      'Network meetings', '',
      'The dates are below.', '',
      '  ---------------------------------------',
      '  Date              Meeting      Venue',
      '  ----------------- ------------ --------',
      '  Friday 16         AD Education Teams',
      '  September 2022    Network',
      '',
      '  Monday 3 October  PSW Network  Lewes',
      '',
      '  Friday 4 November DCS Meeting  Detling',
      '  ---------------------------------------', '',
      'Action Required: Please note the dates.', '',
      'Tools & Templates', '', 'A Report published 1 March 2017', '',
      'Contact Details', '', 'Lead: Jo Bloggs (Somewhere Council)',
    ].join('\n');
    const { entries } = seg(single);
    expect(entries.map((e) => e.title)).toEqual(['Network meetings']);
    expect(entries[0]!.body.map((l) => l.text)).toContain('Friday 16 September 2022 | AD Education Network | Teams');
  });

  it('reads no header in an entry sentence opening with an earlier issue where the bulletin has its own', () => {
    const quoting = blankLine.replace('Second body.', 'Update No 897 gave the dates; they are repeated below.');
    const { header, entries, warnings } = seg(quoting);
    expect(header).toMatchObject({ number: 900, date: '2017-03-03' });
    expect(entries[1]!.body.map((l) => l.text)).toContain('Update No 897 gave the dates; they are repeated below.');
    expect(warnings.map((w) => w.code)).not.toContain('conflicting-header');
  });

  it('drops the number of a title numbered between double blank lines, not of a numbered list', () => {
    const numbered = blankLine
      .replace('First Network Item', '1. First Network Item')
      .replace('Second Item', '2) Second Item')
      .replace('Older body.', 'Older body:\n\n1. a first step\n2. a second step');
    expect(titles(numbered)).toEqual([
      ['new', 'First Network Item'],
      ['new', 'Second Item'],
      ['reminder', 'Older Item'],
    ]);
    expect(seg(numbered).entries[2]!.body.map((l) => l.text)).toContain('1. a first step');
    // The next number after a page break keeps its title with one blank line before it; a
    // number out of sequence does not.
    const broken = numbered.replace('Do the thing.\n\n\n2) Second Item', 'Do the thing.\n\n2 | P a g e\nWeekly Update | 2\n\n2) Second Item');
    expect(titles(broken)).toEqual(titles(numbered));
    expect(titles(broken.replace('2) Second', '5) Second')).map((t) => t[1])).not.toContain('Second Item');
    // Between single blank lines a numbered line stays a list item, not a title.
    expect(titles(blankLine.replace('Do the thing.', 'Do the thing:\n\n1. Send it'))).toEqual(titles(blankLine));
  });

  it('reads numbers counting up after double gaps as titles with their body one blank line below, in each section', () => {
    const oneGap = [
      'UPDATE NO 900 3 March 2017', '', 'Intro for you, the reader.', '', '',
      'New this week', '', '',
      '1. First Network Item', '', 'Body of the first item.', '', 'Action Required: Do the thing.', '', '',
      '2) Second Item', '', 'Second body:', '', '  1. a first step', '  2. a second step', '', '',
      '3 - Third Item', '', 'Third body.', '', '',
      'Reminders from previous weeks', '', '',
      '1. Older Item', '', 'Older body.', '', 'Action Required: None.', '', '',
      '2) Last Item', '', 'Last body.', '', 'Action Required: None.', '', '',
      'Tools & Templates', '', 'A Report published 1 March 2017',
    ].join('\n');
    expect(titles(oneGap)).toEqual([
      ['new', 'First Network Item'],
      ['new', 'Second Item'],
      ['new', 'Third Item'],
      ['reminder', 'Older Item'],
      ['reminder', 'Last Item'],
    ]);
    expect(seg(oneGap).entries[1]!.body.map((l) => l.text)).toContain('1. a first step');
    // One numbered line after a double gap is no list of titles; nor are numbers that do not count up.
    const lone = oneGap.replace('2) Second Item', 'Second Item').replace('3 - Third Item', 'Third Item');
    expect(titles(lone).map((t) => t[1])).not.toContain('First Network Item');
    const jumbled = oneGap.replace('2) Second Item', '5) Second Item').replace('3 - Third Item', '9 - Third Item');
    expect(titles(jumbled).map((t) => t[1])).not.toContain('Second Item');
  });

  it('reads a diary heading closing on a colon as its list\'s entry, titled without the colon; an introducing sentence stays in its entry', () => {
    const list = ['Tues 22nd March 2017 – Leads Group, Guildford, 10am-1pm', '21/4/17 – Network, 9.30-12.30'];
    const text = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Diary dates:', '', ...list].join('\n'));
    expect(titles(text)).toEqual([
      ['new', 'First Network Item'],
      ['new', 'Diary dates'],
      ['new', 'Second Item'],
      ['reminder', 'Older Item'],
    ]);
    const sentence = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'The next meetings are:', '', ...list].join('\n'));
    expect(titles(sentence)).toEqual(titles(blankLine));
  });

  it('splits titles standing between double blank lines, new and reminders', () => {
    expect(titles(blankLine)).toEqual([
      ['new', 'First Network Item'],
      ['new', 'Second Item'],
      ['reminder', 'Older Item'],
    ]);
    const s = seg(blankLine);
    expect(s.header).toMatchObject({ number: 900, date: '2017-03-03' });
    expect(s.layout).toBe('blank-line');
    expect(s.tools.map((l) => l.text).filter(Boolean)).toEqual(['A Report published 1 March 2017']);
    expect(s.contacts.map((l) => l.text).filter(Boolean)).toHaveLength(2);
    expect(s.warnings).toEqual([]);
  });

  it('reads a heading over a list of dated lines as an entry of its own, not more of the entry above', () => {
    const list = ['Tues 22nd March – Leads, 10.00hrs', '21/4/11 – Network, 9.30-12.30'];
    const under = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Dates for your diary', ...list].join('\n'));
    const below = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Dates for your diary', '', ...list].join('\n'));
    for (const text of [under, below]) {
      expect(titles(text)).toEqual([
        ['new', 'First Network Item'],
        ['new', 'Dates for your diary'],
        ['new', 'Second Item'],
        ['reminder', 'Older Item'],
      ]);
    }
    // Times, or one dated line, are no such list: they stay with the entry above.
    const agenda = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Programme', '10.00 Welcome', '10.15 Workshops'].join('\n'));
    const once = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Next meeting', '21/4/11 – Network'].join('\n'));
    expect(titles(agenda)).toEqual(titles(blankLine));
    expect(titles(once)).toEqual(titles(blankLine));
  });

  it('reads a heading over a table of dated rows under its header row as an entry of its own', () => {
    const table = ['Date | Meeting | Venue', 'Tues 18 March, 10.00-12.00 | Leads | County Hall, Lewes', 'Wed 9 April | Network | Town Hall, Oxford'];
    const text = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Diary Dates', '', ...table].join('\n'));
    expect(titles(text)).toEqual([
      ['new', 'First Network Item'],
      ['new', 'Diary Dates'],
      ['new', 'Second Item'],
      ['reminder', 'Older Item'],
    ]);
    const fourCells = text.replace('Date | Meeting | Venue', 'Date | Time | Meeting | Venue');
    expect(titles(fourCells)).toEqual(titles(text));
    // A table of figures under a heading is no diary: it stays with the entry above.
    const figures = blankLine.replace('Do the thing.', ['Do the thing.', '', '', 'Returns', '', 'Authority | Returns | Late', 'Kent | 12 | 3', 'Surrey | 9 | 1'].join('\n'));
    expect(titles(figures)).toEqual(titles(blankLine));
  });

  it('drops the date line under a header from the text: no stray text before the first entry', () => {
    for (const below of ['Friday 3rd March 2017', 'Date: 3 March 2017']) {
      const s = seg(blankLine.replace('UPDATE NO 900 3 March 2017', `SESLIP UPDATE No.900\n${below}`));
      expect(s.header).toMatchObject({ number: 900, date: '2017-03-03' });
      expect(s.warnings).toEqual([]);
      expect(titles(blankLine.replace('UPDATE NO 900 3 March 2017', `SESLIP UPDATE No.900\n${below}`))).toEqual(titles(blankLine));
    }
  });

  it('reads a diary heading with its lines straight under it as an entry in a single-gap layout too', () => {
    const loose = (list: string[]) =>
      ['Update 28 (Friday 1st July 2011)', '', 'Items this week', '', 'First Entry', '', 'Body text.', 'ACTION: reply by Friday.', '', ...list, '', 'Still current', '', 'Older Entry', '', 'Older text.'].join('\n');
    expect(titles(loose(['Dates for your diary', 'Tues 5th July – Regional Leads, 10.00hrs', '21/7/11 – Network, 9.30-12.30']))).toEqual([
      ['new', 'First Entry'],
      ['new', 'Dates for your diary'],
      ['reminder', 'Older Entry'],
    ]);
    // Days with nothing named after a dash are a list inside the entry above.
    expect(titles(loose(['Sessions', 'Tues 5th July 2011', 'Thurs 21st July 2011']))).toEqual([
      ['new', 'First Entry'],
      ['reminder', 'Older Entry'],
    ]);
  });

  it('joins a title broken after a dash, not a title followed by prose', () => {
    const loose = (title: string[]) =>
      ['Update 27 (Friday 24th June 2011)', '', 'Items this week', '', ...title, '', 'Body text of the entry.', 'Action required – reply by Friday.', '', 'Second Entry', '', 'More text.'].join('\n');
    expect(titles(loose(['Fostering Recruitment Campaign –', 'Summer 2011']))).toEqual([
      ['new', 'Fostering Recruitment Campaign – Summer 2011'],
      ['new', 'Second Entry'],
    ]);
    const prose = 'The campaign has been extended and will now run through the autumn months';
    expect(titles(loose(['Fostering Recruitment Campaign –', prose])).map((t) => t[1])).not.toContain(`Fostering Recruitment Campaign – ${prose}`);
    expect(titles(loose(['Fostering Recruitment Campaign', 'Summer 2011'])).map((t) => t[1])).not.toContain('Fostering Recruitment Campaign Summer 2011');
  });

  it('splits the labelled layout at each Programme: label', () => {
    const text = [
      'UPDATE NO 901 10 March 2017',
      'Programme:', 'Alpha Project', 'Update:', 'Alpha text.', 'Action Required:', 'Alpha action.',
      'Programme: Beta Project', 'Update: Beta text.',
      'Reminders from previous weeks',
      'Programme:', 'Gamma Project',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Alpha Project'],
      ['new', 'Beta Project'],
      ['reminder', 'Gamma Project'],
    ]);
    expect(seg(text).layout).toBe('labelled');
  });

  it('ends a labelled title at a sentence when its Update: label was lost, keeping a title broken over two lines', () => {
    const text = [
      'UPDATE NO 905 7 April 2017',
      'Programme:', 'Alpha Project', 'The group met on 3 April and agreed the plan.', 'Action Required:', 'Alpha action.',
      'Programme:', 'Beta Project –', 'spring round', 'Update:', 'Beta text.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Alpha Project'],
      ['new', 'Beta Project – spring round'],
    ]);
    expect(seg(text).entries[0]!.body.map((l) => l.text)).toEqual(['The group met on 3 April and agreed the plan.', 'Action Required:', 'Alpha action.']);
  });

  it('ends a labelled title at a sentence under it when the Update: label was lost, a title broken over lines still joined', () => {
    const text = [
      'UPDATE NO 904 31 March 2017',
      'Programme:', 'Alpha Project – provider', 'engagement', 'Update:', 'Alpha text.',
      'Programme:', 'Beta Project – spring round', 'The Beta event is on 4 April.', 'Action Required:', 'Beta action.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Alpha Project – provider engagement'],
      ['new', 'Beta Project – spring round'],
    ]);
    expect(seg(text).entries[1]!.body.map((l) => l.text)).toEqual(['The Beta event is on 4 April.', 'Action Required:', 'Beta action.']);
  });

  it('opens an entry at an Update: after an Action Required: when the editor left out its Programme: line', () => {
    const text = [
      'UPDATE NO 903 24 March 2017',
      'Programme:', 'Alpha Project', 'Update:', 'Alpha text.', 'Update:', 'More alpha text.', 'Action Required:', 'Alpha action.',
      'Update:', 'Beta Project – spring round', 'Beta text.', 'Action Required:', 'Beta action.',
      'Update: Gamma Project', 'Gamma text.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Alpha Project'],
      ['new', 'Beta Project – spring round'],
      ['new', 'Gamma Project'],
    ]);
    const bodies = seg(text).entries.map((e) => e.body.map((l) => l.text));
    expect(bodies).toEqual([
      ['Update:', 'Alpha text.', 'Update:', 'More alpha text.', 'Action Required:', 'Alpha action.'],
      ['Update:', 'Beta text.', 'Action Required:', 'Beta action.'],
      ['Update:', 'Gamma text.'],
    ]);
  });

  it('opens an entry at a headline line over an Update: when the editor left out only the Programme: label', () => {
    const text = [
      'UPDATE NO 906 6 March 2020',
      'Programme:', 'Alpha Project', 'Update:', 'Alpha text.', 'Action Required:', 'Alpha action.',
      'Beta Project – Spring Data Return', 'Update:', 'The return covers the quarter to December.', 'Action Required:', 'Beta action.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Alpha Project'],
      ['new', 'Beta Project – Spring Data Return'],
    ]);
    expect(seg(text).entries.map((e) => e.body.map((l) => l.text))).toEqual([
      ['Update:', 'Alpha text.', 'Action Required:', 'Alpha action.'],
      ['Update:', 'The return covers the quarter to December.', 'Action Required:', 'Beta action.'],
    ]);
  });

  it('leaves a closing line of the action over a second Update: in its entry', () => {
    const text = [
      'UPDATE NO 906 6 March 2020',
      'Programme:', 'Alpha Project', 'Update:', 'Alpha text.', 'Action Required:', 'Alpha action.',
      'For more details please contact Jo Bloggs (details below)', 'Update:', 'The group met again and agreed the plan.',
    ].join('\n');
    expect(titles(text)).toEqual([['new', 'Alpha Project']]);
  });

  it('keeps an Update: after an Action Required: in its entry when no headline opens it', () => {
    const text = [
      'UPDATE NO 904 31 March 2017',
      'Programme:', 'Alpha Project', 'Update:', 'Alpha text.', 'Action Required:', 'Alpha action.',
      'Update:', 'The group met again and agreed the plan.',
    ].join('\n');
    expect(titles(text)).toEqual([['new', 'Alpha Project']]);
  });

  it('never joins text on both sides of a heading into one title when a section is met again', () => {
    const text = [
      'UPDATE NO 902 17 March 2017',
      'Programme:', 'Alpha Project', 'Update:', 'Alpha text.',
      'Reminders from previous weeks',
      'Programme:', 'Beta Project',
      'Tools & Templates', 'A Report published 1 March 2017',
      'Reminders',
      'Text that came after the tools list.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Alpha Project'],
      ['reminder', 'Beta Project'],
    ]);
  });

  it('splits the 2023 layout: one paragraph per entry, headline first', () => {
    const text = [
      'Update no 700 2nd June 2023', '',
      'Headline One', 'On 30 May the Council published A Guide', 'Details', '- a point', '',
      'Headline Two', 'Plain text of the second entry.', '',
      'Reminders From Previous Weeks', '',
      'Headline Three', 'More information:', 'Text.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Headline One'],
      ['new', 'Headline Two'],
      ['reminder', 'Headline Three'],
    ]);
    expect(seg(text).layout).toBe('headline');
  });

  it('splits one paragraph per entry when each keeps its Action Required line inside', () => {
    const text = [
      'Update no 668 6th June 2025', '',
      'In this issue:', '• Headline One', '• Headline Two', '',
      'Headline One', 'Text of the first entry.', 'Action Required: Yes – reply by Friday.', '',
      'Consultations', '',
      'Headline Two', 'Text of the second entry.', 'Action Required: No', '',
      'Reminders from previous weeks', '',
      'Headline Three', 'Text of the third entry.',
    ].join('\n');
    expect(titles(text)).toEqual([
      ['new', 'Headline One'],
      ['new', 'Headline Two'],
      ['reminder', 'Headline Three'],
    ]);
  });

  it('keeps an action set one blank line under its entry\'s paragraph in that entry (a table ended the paragraph)', () => {
    const text = [
      'UPDATE NO 527 14 October 2022', '',
      'Headline One', 'Text of the first entry.', 'Action Required:', 'Reply by Friday.', '',
      'Dates for your diary', 'The dates are below.', 'Date | Meeting | Venue', 'Tuesday 18 October 2022 | AD Network | Teams', '',
      'Action Required:', 'Please add the dates to your diaries.', '',
      'Reminders from previous weeks',
      'Headline Three', 'Text of the third entry.',
    ].join('\n');
    const s = seg(text);
    expect(s.entries.map((e) => [e.section, e.title])).toEqual([
      ['new', 'Headline One'],
      ['new', 'Dates for your diary'],
      ['reminder', 'Headline Three'],
    ]);
    expect(s.entries[1]!.lines.at(-1)!.text).toBe('Please add the dates to your diaries.');
    // Under a paragraph of prose (no headline over it) an action paragraph still marks a loose page.
    const loose = ['UPDATE NO 9 1 May 2020', '', 'Headline One', '', 'Text of the entry.', 'More of it.', '', 'Action Required:', 'Reply.', '', 'Headline Two', '', 'Its text.', 'More.', '', 'Action Required: None'].join('\n');
    expect(titles(loose)).toEqual([['new', 'Headline One'], ['new', 'Headline Two']]);
  });

  it('reads a section heading alone between headline paragraphs as part of neither entry', () => {
    const page = (heading: string) =>
      [
        'Update no 626 26th April 2024', '',
        'Headline One', 'Text of the first entry.', 'Action Required: Yes – reply by Friday.', '',
        heading, '',
        'Headline Two', 'Text of the second entry.', 'Action: none', '',
        'Reminders from previous weeks', '',
        'Headline Three', 'Text of the third entry.',
      ].join('\n');
    const bodyOf = (text: string) => seg(text).entries[0]!.body.map((l) => l.text).filter((t) => t !== '');
    for (const heading of ['Consultations', 'Jobs and secondments', 'Regional updates', '★ Events']) {
      expect(titles(page(heading))).toEqual([['new', 'Headline One'], ['new', 'Headline Two'], ['reminder', 'Headline Three']]);
      expect(bodyOf(page(heading))).toEqual(['Text of the first entry.', 'Action Required: Yes – reply by Friday.']);
    }
    // A sentence, a line with figures, or a long line stays with the entry above.
    for (const line of ['Book your place now.', 'Places for 20 managers', 'Further details of the sessions and the regional offer to follow']) {
      expect(bodyOf(page(line))).toContain(line);
    }
    // Where titles stand alone between double blank lines, a short line is a title with no body.
    const standing = blankLine.replace('Second body.', 'Second body.\n\n\nRegional Updates');
    expect(titles(standing)).toEqual([['new', 'First Network Item'], ['new', 'Second Item'], ['new', 'Regional Updates'], ['reminder', 'Older Item']]);
  });

  it('reads a section heading over a title standing alone, or after an action in a loose page, as part of neither entry', () => {
    const entriesOf = (text: string) => seg(text).entries.map((e) => [e.title, e.body.map((l) => l.text).filter((t) => t !== '')]);
    const expected = entriesOf(blankLine);
    for (const gap of ['\n\n\n', '\n\n']) {
      expect(entriesOf(blankLine.replace('Second Item', `Consultations${gap}Second Item`))).toEqual(expected);
    }
    const loose = (heading: string[]) =>
      ['UPDATE NO 902 17 March 2017', '', 'First Title', '', 'Some body text here.', '', 'Action Required: reply by Friday.', '', ...heading, 'Second Title', '', 'Its body text.', '', 'Action Required:', '', 'Nothing.'].join('\n');
    expect(entriesOf(loose(['Jobs and secondments', '']))).toEqual(entriesOf(loose([])));
    // A title over a short first line of its body, then the next title; or over a dated line: all kept.
    const overBody = blankLine.replace('Second body.', 'Places still available\n\n\nThird Item\n\n\nThird body.');
    expect(titles(overBody).map(([, t]) => t)).toEqual(['First Network Item', 'Second Item', 'Third Item', 'Older Item']);
    expect(entriesOf(overBody)[1]).toEqual(['Second Item', ['Places still available']]);
    const dated = blankLine.replace('Second Item', 'Kinship Network\n\n\nThursday 12 June 2025\n\nThe network meets online.\n\n\nSecond Item');
    expect(titles(dated).map(([, t]) => t)).toEqual(['First Network Item', 'Kinship Network', 'Second Item', 'Older Item']);
  });

  it('reads a title with no body standing over the next title as an item of its own', () => {
    const bodiless = blankLine.replace('Second Item', 'Health Check 2022 – results published\n\n\nSecond Item');
    const { entries, warnings } = seg(bodiless);
    expect(entries.map((e) => e.title)).toEqual(['First Network Item', 'Health Check 2022 – results published', 'Second Item', 'Older Item']);
    expect(warnings.map((w) => w.code)).not.toContain('heading-dropped');
    expect(entries[1]!.body).toEqual([]);
    expect(entries[2]!.body.map((l) => l.text)).toEqual(['Second body.']);
    // A one-line body in sentence case or a link line, over a paragraph of its own, stays the body of the title above.
    for (const line of ['Places still available', 'Full details are available here']) {
      const body = seg(blankLine.replace('Second Item', 'Second Item – 2022').replace('Second body.', `${line}\n\n\nThird body.`)).entries[1]!;
      expect(body.title).toBe('Second Item – 2022');
      expect(body.body.map((l) => l.text)).toContain(line);
    }
    // A headline whose body opens with a heading line running on into a paragraph after a
    // single blank line ("Hold the Date: …") is a title of its own: the title above has no body.
    const held = blankLine.replace('Second Item', 'Regional Website Now Live\n\n\nAnnual Conference 2020').replace('Second body.', 'Hold the Date: Annual Conference, 12 November 2020\n\nSecond body.');
    const heldEntries = seg(held).entries;
    expect(heldEntries.map((e) => e.title)).toEqual(['First Network Item', 'Regional Website Now Live', 'Annual Conference 2020', 'Older Item']);
    expect(heldEntries[1]!.body).toEqual([]);
    expect(heldEntries[2]!.body.map((l) => l.text).filter((t) => t !== '')).toEqual(['Hold the Date: Annual Conference, 12 November 2020', 'Second body.']);
    // The same heading line standing alone as titles do, over a double gap, leaves the headline the body of the title above.
    const standingHeld = seg(held.replace('2020\n\nSecond body.', '2020\n\n\nSecond body.')).entries;
    expect(standingHeld.map((e) => e.title)).not.toContain('Annual Conference 2020');
    // A headline over a list is the sub-heading of the title above, in its body.
    const subheaded = seg(blankLine.replace('Second Item', 'Second Item – 2022').replace('Second body.', 'Key Changes\n\n\n- Meetings move online\n- Terms of reference agreed')).entries[1]!;
    expect(subheaded.title).toBe('Second Item – 2022');
    expect(subheaded.body.map((l) => l.text).filter((t) => t !== '')).toEqual(['Key Changes', '- Meetings move online', '- Terms of reference agreed']);
  });

  it('warns, naming the line, where a lone line between standing titles is read as a section heading', () => {
    for (const heading of ['Consultations', 'Jobs and Secondments', 'Education', '★ New']) {
      const { entries, warnings } = seg(blankLine.replace('Second Item', `${heading}\n\n\nSecond Item`));
      expect(entries.map((e) => e.title)).toEqual(['First Network Item', 'Second Item', 'Older Item']);
      expect(warnings).toContainEqual(expect.objectContaining({ code: 'heading-dropped', line: 14 }));
    }
    expect(seg(blankLine).warnings.map((w) => w.code)).not.toContain('heading-dropped');
  });

  it('reads a lone line of several words naming no kind of notice as a title with no body, unless the page heads its entries more than once', () => {
    const { entries, warnings } = seg(blankLine.replace('Second Item', 'Results Published\n\n\nSecond Item'));
    expect(entries.map((e) => [e.title, e.body.length > 0])).toEqual([
      ['First Network Item', true],
      ['Results Published', false],
      ['Second Item', true],
      ['Older Item', true],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('heading-dropped');
    // Two such lines in the section are the page's own headings.
    const headed = blankLine.replace('First Network Item', 'Children and Families\n\n\nFirst Network Item').replace('Second Item', 'Schools and Colleges\n\n\nSecond Item');
    expect(titles(headed).map(([, t]) => t)).toEqual(['First Network Item', 'Second Item', 'Older Item']);
    expect(seg(headed).warnings.filter((w) => w.code === 'heading-dropped')).toHaveLength(2);
    // One at the top of the section heads it.
    const top = blankLine.replace('First Network Item', 'Children and Families\n\n\nFirst Network Item');
    expect(titles(top).map(([, t]) => t)).toEqual(['First Network Item', 'Second Item', 'Older Item']);
  });

  it('finds titles without double blank lines after each action part (loose)', () => {
    const text = [
      'UPDATE NO 902 17 March 2017', '',
      'First Title', '', 'Some body text here.', '', 'Action Required: reply by Friday.', '',
      'More information is here', '',
      'Second Title', '', 'Its body text.', '', 'Action Required:', '', 'Nothing.',
    ].join('\n');
    expect(titles(text).map(([, t]) => t)).toEqual(['First Title', 'Second Title']);
  });

  it('skips site chrome before the header and starts after the last header', () => {
    const text = [
      'UPDATE NO 903 24 March 2017', '',
      'If you would like to know more, click on the main section icons shown above.', '',
      'UPDATE NO 903 24 March 2017', '', '',
      'Only Item', '', '', 'Body.',
    ].join('\n');
    expect(titles(text)).toEqual([['new', 'Only Item']]);
  });

  it('warns when there is no header, and still yields the items', () => {
    const s = seg(['Programme:', 'Orphan Item', 'Update:', 'Text.'].join('\n'));
    expect(s.header).toBeNull();
    expect(s.entries.map((e) => e.title)).toEqual(['Orphan Item']);
    expect(s.warnings.map((w) => w.code)).toContain('no-header');
  });

  it('warns about a page cut off mid-word', () => {
    const s = seg([...blankLine.split('\n').slice(0, 12), 'The next meeting will be held at the Civic Cen'].join('\n'));
    expect(s.warnings.find((w) => w.code === 'truncated')).toMatchObject({ line: 13 });
    expect(seg(blankLine).warnings.map((w) => w.code)).not.toContain('truncated');
  });

  it('warns about missing sections and stray text', () => {
    const s = seg(['UPDATE NO 904 1 April 2017', 'Programme:', 'Item', 'Update:', 'Text.'].join('\n'));
    expect(s.warnings.filter((w) => w.code === 'missing-section')).toHaveLength(2);
    const stray = seg(['UPDATE NO 905 1 April 2017', 'Loose words first.', 'Programme:', 'Item'].join('\n'));
    expect(stray.warnings).toContainEqual(expect.objectContaining({ code: 'stray-text', line: 2 }));
  });

  it('refuses text that is not a bulletin', () => {
    expect(() => seg('Dear all,\n\nPlease find the minutes attached.\n\nThanks')).toThrow(InputError);
  });
});

describe('a section that lost every blank line', () => {
  const entry = (title: string, day: string) => [title, `The network meets on ${day}.`, 'Action Required:', 'For information.'];

  it('is split at its titles where "Action Required:" labels remain', () => {
    const text = ['UPDATE NO 524 23 September 2022', '', ...entry('Regional Data Network', '4 October'), ...entry('Kinship Care Network', '20 October'), ...entry('SEND Leads Group', '3 November')].join('\n');
    expect(seg(text).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Kinship Care Network', 'SEND Leads Group']);
  });

  it('keeps a link line after an action in that action, not as the next title', () => {
    const lines = (pointer: string) =>
      ['UPDATE NO 524 23 September 2022', '', ...entry('Regional Data Network', '4 October'), pointer, ...entry('Kinship Care Network', '20 October'), ...entry('SEND Leads Group', '3 November')].join('\n');
    const split = seg(lines('The article is here'));
    expect(split.entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Kinship Care Network', 'SEND Leads Group']);
    expect(split.entries[0]!.body.map((l) => l.text)).toContain('The article is here');
    expect(seg(lines('Click here')).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Kinship Care Network', 'SEND Leads Group']);
    // A heading that only ends in "here" is still a title.
    const heading = ['UPDATE NO 524 23 September 2022', '', ...entry('Regional Data Network', '4 October'), ...entry('Help Starts Here', '10 October'), ...entry('SEND Leads Group', '3 November')].join('\n');
    expect(seg(heading).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Help Starts Here', 'SEND Leads Group']);
    // A title-cased headline is a title, though its words would point to a link in a sentence.
    const headline = ['UPDATE NO 524 23 September 2022', '', ...entry('Regional Data Network', '4 October'), ...entry('Family Hubs Are Here', '10 October'), ...entry('SEND Leads Group', '3 November')].join('\n');
    expect(seg(headline).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Family Hubs Are Here', 'SEND Leads Group']);
  });

  it('reads a title ending in a stop after an action closed by its link line', () => {
    const page = (line: string) =>
      ['UPDATE NO 524 23 September 2022', '', ...entry('Regional Data Network', '4 October'), 'The article is here', line, 'The network meets on 20 October.', 'Action Required:', 'For information.', ...entry('SEND Leads Group', '3 November')].join('\n');
    expect(seg(page('Kinship Care Network – next meeting 20 October. Please note the change of date.')).entries.map((e) => e.title)).toEqual([
      'Regional Data Network',
      'Kinship Care Network – next meeting 20 October. Please note the change of date.',
      'SEND Leads Group',
    ]);
    // An instruction after the link line is more of the action; so is a stopped title-like line with no link line before it.
    expect(seg(page('Please share this with your teams. It is short.')).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'SEND Leads Group']);
    // A headline-like sentence of the action, with the next entry's title below it before any label, is more of the action.
    const instruction = page('Contact Tom Hadley at Kent County Council for help. He can share the slides.').replace('The network meets on 20 October.', 'Places are limited.\nKinship Care Network\nThe network meets on 20 October.');
    expect(seg(instruction).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Kinship Care Network', 'SEND Leads Group']);
    const noLink = page('Kinship Care Network – next meeting 20 October. Please note the change of date.').replace('The article is here\n', '');
    expect(seg(noLink).entries.map((e) => e.title)).toEqual(['Regional Data Network', 'SEND Leads Group']);
  });

  it('finds all six titles of update 381 with its blank lines stripped, one ending in a stop', () => {
    const stripped = readFileSync('fixtures/update-381-2019-12-06.txt', 'utf8').split('\n').filter((l) => l.trim() !== '').join('\n');
    expect(seg(stripped).entries).toHaveLength(6);
    expect(seg(stripped).entries.map((e) => e.title)).toContain('AD Education Network – next meeting Friday 24 January 2020. Please note the change of date.');
  });

  it('is left as one entry when short or with no labels to show where entries end', () => {
    const short = ['UPDATE NO 524 23 September 2022', '', '', 'Regional Data Network', '', '', 'The network meets on 4 October.', 'Action Required:', 'For information.'].join('\n');
    expect(seg(short).entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    const unlabelled = ['UPDATE NO 524 23 September 2022', '', '', 'Regional Data Network', '', '', 'The network meets on 4 October.', 'Agenda', 'Minutes of the last meeting', 'Data returns', 'Any other business', 'Next steps agreed'].join('\n');
    expect(seg(unlabelled).entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    // One label is one entry: the lines of its action are no titles.
    const single = ['UPDATE NO 524 23 September 2022', '', 'Regional Data Network', 'The network meets on 4 October.', 'Leads from each authority attend.', 'Action Required:', 'Book through the website', 'Contact the programme officer with any questions'].join('\n');
    expect(seg(single).entries.map((e) => e.title)).toEqual(['Regional Data Network']);
  });
});

describe("a word processor's notes after the document", () => {
  const page = (...end: string[]) =>
    [
      'UPDATE NO 527 14 October 2022', '',
      'Kinship Network – autumn meeting[a]', 'The network meets on 2 November.[1] Bring your data[b] with you.', 'Action Required:', 'Reply by 28 October.', '',
      'Contact Details', 'Lead: Jo Bloggs (Kent County Council)', '01622 694318', '', '',
      ...end,
    ].join('\n');

  it('ends the bulletin at the comments and footnotes a plain-text download writes last, their markers dropped from the text', () => {
    const s = seg(page('[1] The guidance was published in July 2022.', '[a]Is the room booked for the 2nd?', '[b]Call Sam Reid on 07712 384906 if not.'));
    expect(s.entries.map((e) => e.title)).toEqual(['Kinship Network – autumn meeting']);
    expect(s.entries[0]!.lines[1]!.text).toBe('The network meets on 2 November. Bring your data with you.');
    expect(s.contacts.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['Lead: Jo Bloggs (Kent County Council)', '01622 694318']);
    expect(s.warnings.map((w) => w.code)).toEqual(['missing-section']);
  });

  it("reads pandoc's footnotes, each a paragraph whose further lines follow it, as notes too", () => {
    const s = seg(page('[1] The guidance was published in July 2022, and its', 'summary is on the website.', '', '[a] A second note.', '', '[b] A third.'));
    expect(s.contacts.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['Lead: Jo Bloggs (Kent County Council)', '01622 694318']);
  });

  it('keeps lines opening with a bracket whose marker stands nowhere in the text, and markers that answer no note', () => {
    const s = seg(page('[1] The guidance was published in July 2022.', '[c]A comment on nothing.'));
    expect(s.contacts.filter((l) => l.text !== '').map((l) => l.text)).toContain('[c]A comment on nothing.');
    expect(s.entries[0]!.title).toBe('Kinship Network – autumn meeting[a]');
  });
});

describe('page furniture', () => {
  const para = (s: string) => `${s} ${'and the text of the entry goes on for a while. '.repeat(3)}`;
  const page = [
    'We use cookies on this site. Accept all cookies | Reject non-essential cookies',
    'Weekly Update',
    'UPDATE NO 612 10 May 2024',
    '',
    '',
    'First Title',
    '',
    '',
    para('First body.'),
    '',
    'Action Required:',
    '',
    'o one',
    '',
    'Page 1 of 3',
    '\f',
    'UPDATE NO 612 10 May 2024',
    '',
    'o two',
    '',
    'Back to top',
    '',
    'Page 2 of 3',
    '',
    'Weekly Update',
    '',
    '',
    'Second Title',
    '',
    '',
    para('Second body.'),
  ].join('\n');

  it('is cut out: the header repeated at a page break does not restart the entries', () => {
    const result = seg(page);
    expect(result.header?.number).toBe(612);
    expect(result.entries.map((e) => e.title)).toEqual(['First Title', 'Second Title']);
    const first = result.entries[0]!.body.map((l) => l.text).join('\n');
    expect(first).toContain('o one\n\no two');
    expect(first).not.toMatch(/Page|UPDATE NO|Back to top|Weekly Update/);
    expect(result.warnings).toEqual([{ code: 'missing-section', message: expect.any(String), line: null }, { code: 'missing-section', message: expect.any(String), line: null }]);
  });

  it('marks standalone kinds anywhere, and a repeated short line only when it heads a page', () => {
    const lines = toLines(['Page 3', 'Return to top', 'Skip to main content Home News', 'text', 'Weekly Update', 'Weekly Update'].join('\n'));
    expect(findFurniture(lines)).toEqual([true, true, true, false, false, false]);
    // After a footer, a repeated short line heads the page: it and its copies go.
    const headed = toLines(['Weekly Update', 'text', 'Page 1 of 2', '', 'Weekly Update', 'more'].join('\n'));
    expect(findFurniture(headed)).toEqual([true, false, true, false, true, false]);
    // Without a page footer, a repeated line is content.
    expect(findFurniture(toLines('Regional meeting\nRegional meeting'))).toEqual([false, false]);
    expect(isFurnitureLine('Cookies and the law: a briefing for schools')).toBe(false);
  });

  it('knows the page numbers of PDF exports, and the issue header run at the head of each page', () => {
    for (const footer of ['3 | P a g e', '3 | Page', 'Page | 3', '- 3 -', '– 12 –']) expect(isFurnitureLine(footer)).toBe(true);
    for (const text of ['3 | Pages', '- 3 - 4', '2 | Place', '10.00 - 12.00']) expect(isFurnitureLine(text)).toBe(false);
    const pdf = page.replace('Page 1 of 3\n\f\nUPDATE NO 612 10 May 2024', '1 | P a g e\n\fSESLIP Update No 612 | 2');
    const result = seg(pdf);
    expect(result.header?.date).toBe('2024-05-10');
    expect(result.entries.map((e) => e.title)).toEqual(['First Title', 'Second Title']);
  });

  it('cuts only a footer alone on its line in its exact shape, never an entry line that opens with a page', () => {
    for (const text of ['Page 3 of the guidance sets out the duties of each council.', 'Page 3 of', 'Page 2 of 3 of the plan', 'Page 3.', 'Pages 3-4 set out the timetable', 'page 12 sets out the costs']) {
      expect(isFurnitureLine(text)).toBe(false);
    }
    for (const footer of ['Page 2 of 3', 'Page 2', 'page 2 / 3']) expect(isFurnitureLine(footer)).toBe(true);
    // Straight after a real footer, the entry line is no running title either, and stays in its body.
    const text = page.replace(para('Second body.'), 'Page 3 of the guidance sets out the duties.\n\nPage 3 of 3\n\nPage 4 of the guidance lists the forms.');
    const body = seg(text).entries[1]!.body.map((l) => l.text).filter((t) => t !== '');
    expect(body).toEqual(['Page 3 of the guidance sets out the duties.', 'Page 4 of the guidance lists the forms.']);
  });

  it("knows a printout's running head with its page, and the bare page number beside it", () => {
    expect(isFurnitureLine('SESLIP Update – page 2')).toBe(true);
    expect(isFurnitureLine('SESLI Weekly Update | Page 3 of 4')).toBe(true);
    expect(isFurnitureLine('SESLIP Update – see page 2 of the plan')).toBe(false);
    const lines = toLines(['text', '', '4', '', 'SESLIP Update – page 4', '', '5', 'Title'].join('\n'));
    expect(findFurniture(lines)).toEqual([false, false, true, false, true, false, true, false]);
    // Without a page footer, a bare number is content.
    expect(findFurniture(toLines('Places left:\n12'))).toEqual([false, false]);
  });

  it("knows a browser's print footer (the page's address and count) and the date-time line heading each printed page", () => {
    for (const footer of ['https://www.seslip.co.uk/updates/476 1/3', 'www.example.org/news/update-476 2 of 3']) expect(isFurnitureLine(footer)).toBe(true);
    for (const text of ['https://www.seslip.co.uk/updates/476', 'See https://www.example.org/report 2021/22 for the figures.']) expect(isFurnitureLine(text)).toBe(false);
    const printed = [
      '01/10/2021, 14:32', 'UPDATE NO 476 1 October 2021 | SESLIP', 'UPDATE NO 476 1 October 2021', '',
      'Programme:', 'Edge of Care Programme', 'Update:', 'The findings will be presented at a webinar on Wednesday 20 October 2021,',
      'https://www.seslip.co.uk/updates/476 1/2', '01/10/2021, 14:32', 'UPDATE NO 476 1 October 2021 | SESLIP',
      '10am – 12pm via Microsoft Teams.', 'Action Required:',
      'https://www.seslip.co.uk/updates/476 2/2', '01/10/2021, 14:32', 'UPDATE NO 476 1 October 2021 | SESLIP',
      'Register by 15 October.',
    ].join('\n');
    const { header, entries, warnings } = seg(printed);
    expect(header).toMatchObject({ number: 476, date: '2021-10-01' });
    expect(entries[0]!.body.map((l) => l.text)).toEqual([
      'Update:', 'The findings will be presented at a webinar on Wednesday 20 October 2021,', '10am – 12pm via Microsoft Teams.', 'Action Required:', 'Register by 15 October.',
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('conflicting-header');
  });

  it('does not read a page footer as the cut-off end of the page', () => {
    expect(seg(`${page}\n\nPage 3 of 3`).warnings.map((w) => w.code)).not.toContain('truncated');
  });
});

describe('a Word document through antiword', () => {
  it('reads a row drawn between bars as one line of its cells, and a box of a label and its text as the label line', () => {
    const lines = borderedRows(toLines(['|Date      |Meeting       |Venue        |', '|1 May 2018 |AD Network |County Hall|', '|Sam Reid |Lead |   |', '|ACTION REQUIRED |Reply by 4 May.|', '|Update:|Text of it.|', '| --- | --- |', 'a | b'].join('\n')));
    expect(lines.map((l) => [l.text, l.cells ?? null])).toEqual([
      ['Date | Meeting | Venue', ['Date', 'Meeting', 'Venue']],
      ['1 May 2018 | AD Network | County Hall', ['1 May 2018', 'AD Network', 'County Hall']],
      ['Sam Reid | Lead |', ['Sam Reid', 'Lead', '']],
      ['ACTION REQUIRED: Reply by 4 May.', ['ACTION REQUIRED', 'Reply by 4 May.']],
      ['Update: Text of it.', ['Update:', 'Text of it.']],
      // A Markdown ruler and a row with no bar at its ends are no bordered row.
      ['| --- | --- |', null],
      ['a | b', null],
    ]);
    // A two-cell box whose first cell is no label keeps its cells.
    expect(borderedRows(toLines('|Action plan |Due in May|'))[0]!.text).toBe('Action plan | Due in May');
  });

  it('takes the outline numbers off numbered section headings and the titles numbered under them, marking those as titles', () => {
    const text = ['1. New this week', '1.1 First Title', 'Text.', '1. a list item', '1.2 Second Title', '2. Reminders from previous weeks', '2.1 Third Title', '1.5 million children', '3. Tools & Templates'];
    const lines = withoutOutlineNumbers(toLines(text.join('\n')));
    expect(lines.map((l) => [l.text, l.outlined ?? false])).toEqual([
      ['New this week', false], ['First Title', true], ['Text.', false], ['1. a list item', false], ['Second Title', true],
      ['Reminders from previous weeks', false], ['Third Title', true], ['1.5 million children', false], ['Tools & Templates', false],
    ]);
    // One numbered heading, or headings not counting up, are no outline.
    const one = toLines(['1. New this week', '1.1 First Title', 'Text.'].join('\n'));
    expect(withoutOutlineNumbers(one)).toBe(one);
    const jumps = toLines(['1. New this week', '1.1 First Title', '3. Reminders from previous weeks', '3.1 Title'].join('\n'));
    expect(withoutOutlineNumbers(jumps)).toBe(jumps);
  });

  it('splits a page of numbered headings and titles, single gaps, boxed actions and a table entry with no action', () => {
    const text = [
      '[pic]', '', 'UPDATE NO 296 20 April 2018', '', '1. New this week', '',
      '1.1 First Title', '', '[pic]', '', 'Text of the first entry.', '', '|ACTION REQUIRED |Reply by Friday 4 May 2018.|', '',
      '1.2 Second Title', '', 'The dates are below.', '', '|Date |Meeting |Venue |', '|1 May 2018 |AD Network |County Hall |', '',
      '1.3 Third Title', '', 'Text of the third entry.', '', 'Action Required: None.', '',
      '2. Reminders from previous weeks', '', '2.1 Fourth Title', '', 'Text of the fourth.', '', '|ACTION REQUIRED |None.|', '',
      '3. Tools & Templates', '', 'A guide published 13 April 2018',
    ].join('\n');
    const s = seg(text);
    expect(s.entries.map((e) => [e.section, e.title])).toEqual([
      ['new', 'First Title'], ['new', 'Second Title'], ['new', 'Third Title'], ['reminder', 'Fourth Title'],
    ]);
    expect(s.entries[0]!.lines.map((l) => l.text).filter(Boolean)).toEqual(['First Title', 'Text of the first entry.', 'ACTION REQUIRED: Reply by Friday 4 May 2018.']);
    expect(s.tools.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['A guide published 13 April 2018']);
    expect(s.warnings.map((w) => w.code)).toEqual(['missing-section']);
  });

  it('cuts bare page numbers counting up through the text, with the running header each heads a page with, and joins a paragraph a break cut', () => {
    const text = [
      'UPDATE NO 296 20 April 2018', '', 'A Title', '',
      'The campaign has produced 212 enquiries. Its evaluation will be reported to the SE Fostering', '', '1',
      'SESLIP Update No 296 – 20 April 2018', '', 'Network in July.', '', 'Action Required: None.', '',
      'Another Title', '', '2', 'SESLIP Update No 296 – 20 April 2018', '', 'Its text, which runs on below.', '', 'Action Required: None.', '', '3',
    ].join('\n');
    const lines = toLines(text);
    expect(findFurniture(lines).flatMap((f, i) => (f ? [lines[i]!.text] : []))).toEqual(['1', 'SESLIP Update No 296 – 20 April 2018', '2', 'SESLIP Update No 296 – 20 April 2018', '3']);
    const s = seg(text);
    expect(s.entries.map((e) => e.lines.map((l) => l.text).filter(Boolean))).toEqual([
      ['A Title', 'The campaign has produced 212 enquiries. Its evaluation will be reported to the SE Fostering Network in July.', 'Action Required: None.'],
      // A title before a break stays a title: no sentence in it, and its text opens in capitals.
      ['Another Title', 'Its text, which runs on below.', 'Action Required: None.'],
    ]);
    expect(s.warnings.map((w) => w.code)).not.toContain('truncated');
  });

  it('keeps bare numbers that do not count up one by one, or stand alone, as text', () => {
    const lines = toLines(['Places left:', '', '12', '', 'Booked:', '', '40'].join('\n'));
    expect(findFurniture(lines).some(Boolean)).toBe(false);
    expect(findFurniture(toLines('Text\n\n4\n\nMore')).some(Boolean)).toBe(false);
    expect(isFurnitureLine('[pic]')).toBe(true);
    expect(isFurnitureLine('[Image 2]')).toBe(true);
    expect(isFurnitureLine('[pic] of the team')).toBe(false);
  });
});

describe('hard-wrapped text', () => {
  const wrapped = (lines: string[]) => unwrap(toLines(lines.join('\n'))).map((l) => [l.line, l.text]);
  const filler = Array.from({ length: 10 }, () => 'A full line of prose wrapped by the scraper at forty-eight columns.'.slice(0, 48));

  it('finds the width only where lines are short and many come close to it', () => {
    expect(wrapWidth(toLines(filler.join('\n')))).toBe(48);
    expect(wrapWidth(toLines([...filler, 'x'.repeat(300)].join('\n')))).toBeNull();
    expect(wrapWidth(toLines(filler.slice(0, 5).join('\n')))).toBeNull();
  });

  it('measures no width by a link too long to break, alone on its line past the width', () => {
    const link = '(https://www.eventbrite.co.uk/e/regional-send-conference-2024-tickets-842219054471).';
    expect(wrapWidth(toLines([...filler, link].join('\n')))).toBe(48);
    expect(wrapped([...filler, '', 'Book your place on the day on Eventbrite', link]).at(-1)).toEqual([12, `Book your place on the day on Eventbrite ${link}`]);
    // A long line of words is still no wrapped text's.
    expect(wrapWidth(toLines([...filler, 'word '.repeat(60).trim()].join('\n')))).toBeNull();
  });

  it('joins a line the next word would have overflowed, at a hyphen without a space', () => {
    const out = wrapped([
      ...filler,
      'Programme:',
      'A title long enough to be wrapped by the mail',
      'client',
      'Update:',
      'The meeting is on Thursday 11 January, 10.00-',
      '12.00, via Teams. A short last line.',
      'Then a line that starts a new paragraph.',
      '- a bullet that is long enough to need wrapping at',
      'the width',
      '- a second bullet',
    ]);
    expect(out.slice(filler.length)).toEqual([
      [11, 'Programme:'],
      [12, 'A title long enough to be wrapped by the mail client'],
      [14, 'Update:'],
      [15, 'The meeting is on Thursday 11 January, 10.00-12.00, via Teams. A short last line.'],
      [17, 'Then a line that starts a new paragraph.'],
      [18, '- a bullet that is long enough to need wrapping at the width'],
      [20, '- a second bullet'],
    ]);
  });

  it('goes on from a label with its text, and joins a time range split before its dash, but no bullet after a sentence', () => {
    const out = wrapped([
      ...filler,
      'Action Required: please book your place for the',
      'event by Friday.',
      'Action Required:',
      'Book now.',
      'The webinar will be held on Wednesday 7 May, 2pm',
      '– 3.30pm, via Microsoft Teams, for all leads.',
      '',
      'Those attending will need to bring the notes for',
      '– the first session of the programme.',
    ]);
    expect(out.filter(([line]) => Number(line) > filler.length)).toEqual([
      [11, 'Action Required: please book your place for the event by Friday.'],
      [13, 'Action Required:'],
      [14, 'Book now.'],
      [15, 'The webinar will be held on Wednesday 7 May, 2pm – 3.30pm, via Microsoft Teams, for all leads.'],
      [17, ''],
      [18, 'Those attending will need to bring the notes for'],
      [19, '– the first session of the programme.'],
    ]);
  });

  it('takes no table row for the width, nor joins one to the text around it', () => {
    const row = 'Jo Bloggs | A role long enough to pass the width of the wrapped text | Somewhere Council | 01483 517622';
    const lines = [...filler.map((text, i) => ({ text, line: i + 1 })), { text: row, line: 11, cells: row.split(' | ') }, { text: 'and a line after it', line: 12 }];
    expect(wrapWidth(lines)).toBe(48);
    expect(unwrap(lines).slice(-2).map((l) => l.text)).toEqual([row, 'and a line after it']);
  });

  it('joins a word broken at the line end in text that was not wrapped, dropping the hyphen only before an ending', () => {
    const out = unwrap(
      toLines(
        [
          'x'.repeat(200),
          'the review of social worker recruit-',
          'ment and retention, with well-',
          'being support and child-',
          'care, in the refreshed ver-',
          'sion',
          'Safer Recruit\u00ad',
          'ment in Fostering',
          'A line broken before a capital: Sector-',
          'Led Improvement',
          'a soft hyphen before a blank line\u00ad',
          '',
          'Action Required:',
          'a line ending in a dash -',
          'goes on',
          'the last word\u00ad',
        ].join('\n'),
      ),
    );
    expect(out.map((l) => [l.line, l.text])).toEqual([
      [1, 'x'.repeat(200)],
      [2, 'the review of social worker recruitment and retention, with well-being support and child-care, in the refreshed version'],
      [7, 'Safer Recruitment in Fostering'],
      [9, 'A line broken before a capital: Sector-'],
      [10, 'Led Improvement'],
      [11, 'a soft hyphen before a blank line'],
      [12, ''],
      [13, 'Action Required:'],
      [14, 'a line ending in a dash -'],
      [15, 'goes on'],
      [16, 'the last word'],
    ]);
  });

  it('joins a postcode cut at a wrap between its outward and inward codes, in wrapped text or not', () => {
    // A list item whose postcode the wrapper cut though the inward code would have fitted (the list marker's spaces were collapsed).
    expect(wrapWidth(toLines(filler.join('\n')))).toBe(48);
    const out = wrapped([
      ...filler,
      '',
      '- On 20 October at County Hall, Lewes BN7',
      '1UE – joint session',
      'The venue is Woodhatch Place, Reigate RH2',
      '8EF.',
    ]);
    expect(out.filter(([line]) => Number(line) > filler.length + 1)).toEqual([
      [12, '- On 20 October at County Hall, Lewes BN7 1UE – joint session'],
      [14, 'The venue is Woodhatch Place, Reigate RH2 8EF.'],
    ]);
    const plain = unwrap(toLines(['x'.repeat(200), 'The conference is at the Amex, Brighton BN1', '9BL, from 9.30am.', 'Room EC1A', '1BB'].join('\n')));
    expect(plain.map((l) => l.text)).toEqual(['x'.repeat(200), 'The conference is at the Amex, Brighton BN1 9BL, from 9.30am.', 'Room EC1A 1BB']);
  });

  it('joins no line ending in other figures or capitals to a line opening with a figure', () => {
    const lines = [
      'x'.repeat(200),
      // A road, a time: "4PM" has an M, which no inward code holds; a table row, a year.
      'The route runs along the M25',
      '4PM start at the services.',
      'Places for Cohort A2',
      '3 councils have applied.',
      'The return for Q3',
      '2023 data is due.',
      'Lewes BN7',
      '1UEX is no code.',
    ];
    expect(unwrap(toLines(lines.join('\n'))).map((l) => l.text)).toEqual(lines);
  });

  it('joins a broken word in wrapped text the same way', () => {
    const out = wrapped([...filler, '', 'The group reviewed the recruit-', 'ment of staff and their well-', 'being at work. Safer Recruit\u00ad', 'ment.']);
    expect(out.at(-1)).toEqual([filler.length + 2, 'The group reviewed the recruitment of staff and their well-being at work. Safer Recruitment.']);
  });

  it('drops the hyphen of a broken month name, and of a broken compound the issue writes whole elsewhere', () => {
    const out = unwrap(
      toLines(
        [
          'x'.repeat(200),
          'The review closes on 4 Decem-',
          'ber 2015 and the safe-',
          'guarding and well-',
          'being leads meet in Novem-',
          'ber.',
          'Send the safeguarding returns and the child-',
          'care figures.',
          'a mis-',
          'take',
        ].join('\n'),
      ),
    );
    expect(out.map((l) => l.text)).toEqual([
      'x'.repeat(200),
      'The review closes on 4 December 2015 and the safeguarding and well-being leads meet in November.',
      // 'childcare' is written whole nowhere: the compound keeps its hyphen.
      'Send the safeguarding returns and the child-care figures.',
      'a mis-take',
    ]);
  });

  it('drops the hyphen of a compound written whole elsewhere in wrapped text too, matching any case', () => {
    const out = wrapped([...filler, '', 'The group reviewed the Safeguarding audit and the safe-', 'guarding plan for the coming year.']);
    expect(out.at(-1)![1]).toBe('The group reviewed the Safeguarding audit and the safeguarding plan for the coming year.');
    const kept = wrapped([...filler, '', 'The group reviewed the audit and the safe-', 'guarding plan for the coming year.']);
    expect(kept.at(-1)![1]).toBe('The group reviewed the audit and the safe-guarding plan for the coming year.');
  });

  it('leaves unwrapped text alone', () => {
    const lines = toLines(['x'.repeat(200), 'short', 'y'.repeat(150)].join('\n'));
    expect(unwrap(lines)).toBe(lines);
  });

  // pdftotext of a PDF set in a proportional font: full lines end anywhere from about 85 to
  // 95 letters, and titles, bullets and phone lines are short.
  const ending = (length: number, words: string): string => {
    const room = length - words.length - 1;
    return `${room % 2 ? 'w '.repeat((room - 1) / 2) + 'w' : 'ww' + ' w'.repeat((room - 2) / 2)} ${words}`;
  };
  const widest = ending(95, 'sets the width');
  const short = ['Heading', 'Action Required:', 'A short line', '- a bullet', '- another bullet', 'Action Required:', 'None.', 'Contact Details'];

  it('finds the width of proportional text, whose full lines are fewer and spread below the longest', () => {
    expect(wrapWidth(toLines([...short, widest, ending(80, 'stops here')].join('\n')))).toBe(95);
    expect(wrapWidth(toLines([...short, ...short, widest].join('\n')))).toBeNull();
    // A page in a small font gives longer lines; unwrapped paragraphs run longer still.
    expect(wrapWidth(toLines([...short, ending(115, 'a small font'), ending(100, 'stops here')].join('\n')))).toBe(115);
    expect(wrapWidth(toLines([...short, ending(130, 'a paragraph'), ending(110, 'another one')].join('\n')))).toBeNull();
  });

  it('joins a proportional line that stops mid-sentence within a tenth of the width', () => {
    const lines = [
      ending(88, 'will meet via Microsoft'),
      'Teams. Items for discussion:',
      ending(88, 'was cancelled because'),
      'of the rail strikes.',
      ending(90, 'ends its paragraph.'),
      'A new sentence on a line of its own.',
      ending(88, 'Role: A Name (South East Council)'),
      '07823 415962',
      ending(85, 'Role: A Name (Council) 07823 415962'),
      'Another Role: Another Name',
      ending(80, 'a line that ends on a word'),
      'Next Line, more than a tenth short of the width',
      ending(80, 'a list without bullets'),
      'the next item',
      ending(86, 'please reply by Monday 19'),
      'December.',
      '- the well-',
      'being of children',
      'The meeting runs 10.00-',
      '12.00 and a step-',
      'Programme title',
    ];
    const out = wrapped([...short, widest, '', ...lines]).slice(short.length + 2);
    // "because" / "of the rail strikes.": a wrap whose next word would have fitted shows a proportional font.
    expect(out.map(([, text]) => text)).toEqual([
      `${lines[0]} ${lines[1]}`,
      `${lines[2]} ${lines[3]}`,
      ...lines.slice(4, 14),
      `${lines[14]} ${lines[15]}`,
      '- the well-being of children',
      ...lines.slice(18),
    ]);
  });

  it('keeps each row of an unbulleted diary list in a proportional text, however full the row before', () => {
    const lines = [
      ending(88, 'was cancelled because'),
      'of the rail strikes.',
      ending(88, 'Civic Centre, Southampton, Hampshire'),
      '2 October 2020 – Contextual safeguarding, Reading',
    ];
    expect(wrapped([...short, widest, '', ...lines]).slice(short.length + 2).map(([, text]) => text)).toEqual([
      `${lines[0]} ${lines[1]}`,
      lines[2],
      lines[3],
    ]);
  });

  it('keeps the fixed-width rule where no clear wrap falls within the width', () => {
    const lines = [ending(88, 'will meet via Microsoft'), 'Teams.', ending(91, 'and the next'), 'word would not fit.'];
    expect(wrapped([...short, widest, '', ...lines]).slice(short.length + 2).map(([, text]) => text)).toEqual([
      lines[0],
      lines[1],
      `${lines[2]} ${lines[3]}`,
    ]);
  });
});

describe('converted scrapes (Markdown, html2text)', () => {
  const shown = (text: string) => unmark(toLines(text)).map((l) => [l.line, l.text]);

  it('sets "##" and whole-line bold titles apart like titles, without their markup', () => {
    const text = '# UPDATE NO 7 – 7 March 2025\n\n## A [linked](https://x.org/a) title\n\nText with **bold**, _em_ and [click here](https://x.org/b).\n\n**A bold title**\n\n**Action Required:**\n\nBy 1 April.';
    expect(shown(text)).toEqual([
      [1, 'UPDATE NO 7 – 7 March 2025'],
      [2, ''], [3, ''], [3, 'A linked title'], [4, ''], [5, ''],
      [5, 'Text with bold, em and click here.'],
      [6, ''], [7, ''], [7, 'A bold title'], [8, ''], [9, ''],
      [9, 'Action Required:'], [10, ''], [11, 'By 1 April.'],
    ]);
    expect(titles(text)).toEqual([['new', 'A linked title'], ['new', 'A bold title']]);
  });

  it('reads escapes, autolinks and bullets as the page showed them, and a pipe table as cells', () => {
    const text = '## T\n\n1\\. first\n\\- dash \\*star\\*\n* item with <https://x.org/f>\n\n| Name | Role |\n| --- | :---: |\n| Jo Bloggs | **Lead** |';
    expect(shown(text).filter(([, t]) => t !== '')).toEqual([
      [1, 'T'], [3, '1. first'], [4, '- dash *star*'], [5, '- item with https://x.org/f'], [7, 'Name | Role'], [9, 'Jo Bloggs | Lead'],
    ]);
  });

  it('reads setext headings, drops "[n]" link markers, the reference list and decodes entities', () => {
    const text = 'UPDATE NO 8 1 May 2024\n====================\n\nSafeguarding &amp; Learning\n---------------------------\n\nThe report [1] is out on 3&nbsp;May.\n\nReferences\n\n[1] https://x.org/report\n[2] mailto:a@x.org';
    expect(shown(text).filter(([, t]) => t !== '')).toEqual([
      [1, 'UPDATE NO 8 1 May 2024'], [4, 'Safeguarding & Learning'], [7, 'The report is out on 3 May.'],
    ]);
  });

  it('leaves plain text, and text with one kind of markup by chance, as it is', () => {
    const plain = toLines('UPDATE NO 9 1 May 2024\n==========\n\nA title\n\nUse *this* and [1] that &amp; _more_.\n- a bullet');
    expect(isConverted(plain)).toBe(false);
    expect(unmark(plain)).toBe(plain);
  });

  it('reads each text in the batch as it reads alone', () => {
    const piece = fc.constantFrom(
      'word', 'Title', '**bold**', '**', '_em_', '*', '[a link](https://x.org/a)', '[x]', '<https://x.org/b>', '\\-', '1.', '2)', '- ', '# ', '```', '~~~',
      '<div>', '<!--', '[x]: https://x.org', '`code`', '&amp;', '>', '---', '|', '\\',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const together = inlineAll(texts);
        for (const t of texts) expect(together.get(t)).toEqual(inlineAll([t]).get(t));
      }),
      { numRuns: 3000, seed: 20_241_122 },
    );
  });

  it('leaves unread only texts remark shows as written: brackets without "](", "&" before no entity', () => {
    const piece = fc.constantFrom(
      'word', 'Title', '[3]', '[a b]', '[', ']', '(', ')', '](', '[x](y)', '![i](y)', '[x] (y)', '[x][y]', '[x][]', '[3]:', ']:', ':',
      '&', '& b', '&amp;', '&#39;', '&#x27;', '&x', '&é', '!', '|', '#', '1.', '2)', '-', '+', '>', '=', '---', '***', '*', '_', '`', '~', '\\', '<b>', '"',
    );
    // Texts as normalised lines hold them: no white space at either end, single spaces.
    const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        expect(inlineAll([t]).get(t)).toEqual(readAlone(t));
      }),
      { numRuns: 3000, seed: 20_251_123 },
    );
    for (const t of ['The report [5] is out.', 'Tools & Templates', 'Home [1] | News [2]']) expect(inlineAll([t]).get(t)).toEqual({ text: t, strong: false });
  });

  // One line of each kind; any two of them make a converted text.
  const KINDS = ['## A heading', 'A title\n=====', '[3] https://x.org/a', 'See [the page](https://x.org).', 'At <https://x.org/b>.', 'It is **due** now.', ':--- | ---:'];
  it.each(KINDS.flatMap((a, i) => KINDS.slice(i + 1).map((b) => [a, b])))('finds two kinds in %j and %j', (a, b) => {
    expect(isConverted(toLines(`Intro\n${a}\n\nText\n${b}`))).toBe(true);
  });
});

describe('labels', () => {
  it.each([
    ['Programme -', true],
    ['Programme – Title on the line', true],
    ['Programme-wide review of audits', false],
    ['Programme Board on 18 January', false],
    ['Programrne:', true],
    ['Programmers: a new network', false],
  ])('%s', (text, label) => {
    expect(isProgrammeLabel(text)).toBe(label);
  });

  it.each([
    ['ACTION: reply by Friday', true],
    ['Action required – none.', true],
    ['Action: none', true],
    ['Action Required:', true],
    ['Actions agreed at the meeting', false],
    ['Action plan for 2011', false],
    ['Action learning sets: dates', false],
    // OCR misreads l or 1 for i: a reader still sees the label.
    ['Actlon Requlred:', true],
    ['Act1on Requ1red: reply by Friday', true],
    ['Action Reqiured: none', true],
    ['Actlon plan for 2017', false],
    ['Action Requ ired:', true],
    // 2012: "Action needed", alone or naming who must act, always with its colon or dash.
    ['Action needed by DCSs: confirm your lead', true],
    ['Action needed: none', true],
    ['Action needed to reduce delay in care proceedings', false],
    ['Action needed by 5 October', false],
  ])('%s is an action label: %s', (text, label) => {
    expect(isActionLabel(text)).toBe(label);
  });

  // Labels typed by hand: one slip in the word, a plural, a dash, a space before the colon, bold.
  it.each([
    ['Programe:', 'programme', ''],
    ['Porgramme: Kinship network', 'programme', 'Kinship network'],
    ['Udpate:', 'update', ''],
    ['Upate: the network met', 'update', 'the network met'],
    ['Updates:', 'update', ''],
    ['Update –', 'update', ''],
    ['Update :', 'update', ''],
    ['Acton Required:', 'action', ''],
    ['Actions Required: reply by Friday', 'action', 'reply by Friday'],
    ['Action Requried:', 'action', ''],
    ['**Action Required:**', 'action', ''],
    ['**Action Required:** reply by Friday', 'action', 'reply by Friday'],
    ['__Update__: the network met', 'update', 'the network met'],
  ] as const)('reads %j as a %s label', (text, kind, rest) => {
    expect(labelText(kind, text)).toBe(rest);
  });

  it.each([
    ['Update on the visits so far: three dates are agreed', 'update'],
    ['Update – new Ofsted framework for local authorities', 'update'],
    ['Updated: 3 March 2020', 'update'],
    ['Programme leads will share an evaluation in the summer.', 'programme'],
    ['Programmer: a new post', 'programme'],
    ['Programmes of study for PSHE', 'programme'],
    ['Acton: the new family hub opens', 'action'],
    ['Actions: see the minutes', 'action'],
    ['**Programme leads** will meet in May.', 'programme'],
    ['1Update: a slip before the first letter', 'update'],
    ['Oupdate: a slip in the first letter', 'update'],
  ] as const)('reads no label in %j', (text, kind) => {
    expect(labelText(kind, text)).toBeNull();
  });

  it('reads a word OCR split in a label, and keeps the words after a whole one', () => {
    expect(isUpdateLabel('Upd ate: the network met')).toBe(true);
    expect(isUpdateLabel('Up date on the pilot')).toBe(false);
    expect(labelText('action', 'Action Requ ired: none')).toBe('none');
    expect(labelText('action', 'Action needed by DCSs: confirm your lead by 26.09.12.')).toBe('confirm your lead by 26.09.12.');
    expect(labelText('action', 'Action required please send it: by Friday')).toBe('please send it: by Friday');
  });
});

describe('site chrome', () => {
  it.each([
    'If you would like to know more, click on the main section icons shown above.',
    'Please use the section icons shown above to find past issues.',
    "Welcome to this week's update. Please send us your news by Wednesday lunchtime.",
    'Welcome to the latest bulletin from the programme office.',
  ])(
    'knows %j',
    (line) => expect(isBoilerplate(line)).toBe(true),
  );
  it.each([
    'The section on icons and branding is new.',
    'Authorities use the new section 251 icons in returns.',
    'Welcome to the team: Sam joins as regional data lead.',
    'The welcome pack has been updated for new foster carers.',
  ])('leaves %j', (line) => expect(isBoilerplate(line)).toBe(false));
});

describe('bulletins saved from email', () => {
  const bulletin = [
    'UPDATE NO 512 24 June 2022',
    '',
    'The Programme brings together the councils of the region. Please share this update.',
    '',
    '',
    'Regional Data Network',
    '',
    '',
    'The network meets on 1 July.',
    '',
    'Action Required:',
    '',
    'For information.',
    '',
    'Contact Details',
    '',
    'Data Lead: Ann Other (Elsewhere Council)',
  ];

  it('takes the quote markers off a quoted block, nested ones too, and leaves a lone ">" line', () => {
    const lines = unquote(toLines('> UPDATE NO 5\n>\n> > Title\n\n> text\nafter\n> 50% of returns'));
    expect(lines.map((l) => l.text)).toEqual(['UPDATE NO 5', '', 'Title', '', 'text', 'after', '> 50% of returns']);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads a quoted bulletin as the plain one', () => {
    const quoted = bulletin.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    expect(seg(quoted).entries.map((e) => e.title)).toEqual(seg(bulletin.join('\n')).entries.map((e) => e.title));
    expect(seg(quoted).header?.number).toBe(512);
  });

  it('cuts image placeholders and the external-sender banner, not text that mentions them', () => {
    for (const line of [
      '[cid:image001.png@01D887A2.5C3E1B40]',
      '[image: SESLIP logo]',
      '[https://www.example.org/uploads/logo.png]',
      'CAUTION: This email originated from outside of the organisation. Do not click links unless you know the content is safe.',
    ]) {
      expect(isFurnitureLine(line)).toBe(true);
    }
    expect(isFurnitureLine('[https://www.example.org/report]')).toBe(false);
    expect(isFurnitureLine('Caution is needed when reading the figures from outside the region.')).toBe(false);
  });

  it('reads a short introduction addressed to the reader before the first title as no item and no stray text', () => {
    const { entries, warnings } = seg(bulletin.join('\n'));
    expect(entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    expect(warnings.map((w) => w.code)).not.toContain('stray-text');
    const codes = (intro: string[]) => seg([bulletin[0]!, '', ...intro, '', ...bulletin.slice(3)].join('\n')).warnings.map((w) => w.code);
    for (const intro of [
      ['This update gives you the headlines from the past week. If you would like to know more, contact the named lead.'],
      ["Welcome to this week's update. Below you will find news from the networks."],
      ['Please find below the latest news from the programme.'],
      ['This is the weekly update of the programme. Items marked as reminders have appeared before.'],
      ['In this issue:', '• Regional Data Network', '• Kinship Network'],
    ]) {
      expect(codes(intro)).not.toContain('stray-text');
    }
    // What looks like entries the splitter lost still warns: a date, an action label, length,
    // or text that does not speak to the reader.
    for (const lost of [
      ['The network meets on 14 July; book your place below.'],
      ['Please find below the findings.', 'Action Required: For information.'],
      [`Please find below the findings. ${'The review looked at practice in every council of the region. '.repeat(10)}`],
      ['Ofsted has published its annual report on children’s social care.'],
      ['Contents', 'Regional Data Network', 'The network meets monthly.'],
    ]) {
      expect(codes(lost)).toContain('stray-text');
    }
  });

  it('reads the paragraph above the heading that opens the new items as the introduction, dates and all', () => {
    const intro = 'This is a shorter update because of the Easter break. The office is closed from Friday 14 April to Monday 17 April, and the next update will be sent on Friday 28 April.';
    const issue = (before: string[], after: string[] = []) =>
      ['UPDATE NO 243 14 April 2017', '', ...before, '', '', 'New this week', '', '', ...after, 'Regional Call for UASC Leads', '', '', 'The call is on Tuesday 18 April at 11am.', '', 'Action Required: For information.'].join('\n');
    const codes = (text: string) => seg(text).warnings.map((w) => w.code);
    const headed = seg(issue([intro]));
    expect(headed.entries.map((e) => e.title)).toEqual(['Regional Call for UASC Leads']);
    expect(codes(issue([intro]))).not.toContain('stray-text');
    // Text the heading does not stand under the introduction of is unplaced still: dated text
    // below the heading before the first title, an action label above it, the note with no heading.
    expect(codes(issue([], ['The network meets on 14 July; book your place below.', '', '']))).toContain('stray-text');
    expect(codes(issue([intro, 'Action Required: Please note the dates.']))).toContain('stray-text');
    expect(codes(issue([intro]).replace('New this week\n\n\n', ''))).toContain('stray-text');
  });

  it('reads on past a sign-off in Tools & Templates with dated publications or a heading below it', () => {
    const tools = (after: string[]) =>
      [...bulletin.slice(0, 13), '', 'Tools & Templates', '', 'Regional Report published 20 June 2022', '', 'Kind regards', '', 'Sam Okoro', '', ...after].join('\n');
    const { tools: list, contacts } = seg(tools(['Kinship Guide published 21 June 2022', '', ...bulletin.slice(14)]));
    expect(list.map((l) => l.text).filter((t) => t !== '')).toEqual(['Regional Report published 20 June 2022', 'Kinship Guide published 21 June 2022']);
    expect(contacts.map((l) => l.text).filter((t) => t !== '')).toEqual(['Data Lead: Ann Other (Elsewhere Council)']);
    // A heading below is reason enough; a signature with no date or heading below ends the bulletin.
    expect(seg(tools(bulletin.slice(14))).contacts.map((l) => l.text).filter((t) => t !== '')).toEqual(['Data Lead: Ann Other (Elsewhere Council)']);
    const signed = seg(tools(['Programme Support Officer', 'Tel: 03000 416239', '', 'This email is confidential and intended for the addressee only']));
    expect(signed.tools.map((l) => l.text).filter((t) => t !== '')).toEqual(['Regional Report published 20 June 2022']);
    expect(signed.warnings.map((w) => w.code)).not.toContain('truncated');
    // A signature's own dated notice is no publication below: the sign-off still ends the bulletin.
    const notice = seg(tools(['Programme Support Officer', '', 'Please note our office will be closed from 24 December 2022 to 3 January 2023.']));
    expect(notice.tools.map((l) => l.text).filter((t) => t !== '')).toEqual(['Regional Report published 20 June 2022']);
  });

  it('keeps a mail quoted inside an entry as its text, headers too, and the entries after it', () => {
    const quotedMail = ['', '', 'Letter from the DfE', '', '', 'The letter is copied below.', '', 'From: Placements Team', 'Sent: 15 June 2022 09:42', 'To: Directors', 'Subject: Next steps', '', 'Dear colleague,', '', 'We will write again.', '', 'Kind regards', '', 'Placements Team', '', 'Action Required:', '', 'For information.'];
    const text = [...bulletin.slice(0, 13), ...quotedMail, '', '', 'Kinship Network', '', '', 'The network meets on 8 July.', '', ...bulletin.slice(14)].join('\n');
    const { entries, contacts } = seg(text);
    expect(entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Letter from the DfE', 'Kinship Network']);
    expect(entries[1]!.body.map((l) => l.text)).toEqual(expect.arrayContaining(['From: Placements Team', 'Sent: 15 June 2022 09:42', 'Subject: Next steps', 'Kind regards', 'For information.']));
    expect(contacts.map((l) => l.text).filter((t) => t !== '')).toEqual(['Data Lead: Ann Other (Elsewhere Council)']);
    // The mail's own header block under a printout's title (its Subject, a header) is cut, no stray text.
    const printed = ['SESLIP Update No 512 - 24 June 2022', '', 'From: SESLIP Programme', 'Sent: 24 June 2022 12:04', 'To: Directors', 'Subject: SESLIP Update No 512 - 24 June 2022', '', ...bulletin.slice(4)].join('\n');
    const own = seg(printed);
    expect(own.entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    expect(own.warnings.map((w) => w.code)).not.toContain('stray-text');
  });

  it('ends the bulletin at a sign-off after Contact Details: no signature contact, no truncation', () => {
    const text = [...bulletin, '', 'Kind regards', '', 'Lucy Adebayo', 'Programme Support Officer', 'Tel: 03000 416239', '', 'This email is confidential and intended for the addressee(s) only; if received in error'].join('\n');
    const { contacts, warnings } = seg(text);
    expect(contacts.map((l) => l.text).filter((t) => t !== '')).toEqual(['Data Lead: Ann Other (Elsewhere Council)']);
    expect(warnings.map((w) => w.code)).not.toContain('truncated');
  });

  const mailed = (subject: string, body: string[]): string =>
    ['From: SESLIP Programme <seslip@example.org>', 'Sent: 23 September 2022 14:06', 'To: Distribution <list@example.org>', subject, '', ...body].join('\n');
  const noHeader = bulletin.slice(4);

  it('names a bulletin with no header in its body by the Subject line, with a warning; the mail headers are no text', () => {
    const { header, entries, warnings } = seg(mailed('Subject: FW: SESLIP Update No 524 - 23 September 2022', noHeader));
    expect(header).toMatchObject({ number: 524, date: '2022-09-23' });
    expect(entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    expect(warnings.map((w) => w.code)).toContain('header-from-subject');
    expect(warnings.map((w) => w.code)).not.toContain('no-header');
    expect(warnings.map((w) => w.code)).not.toContain('stray-text');
  });

  it('reads a Subject that names the programme and the issue without "No" or "Number"', () => {
    for (const subject of [
      'Subject: SESLIP Weekly Update 524 – 23 September 2022',
      'Subject: RE: SESLIP Weekly Update: 524 – 23 September 2022',
      'Subject: SESLIP Update #524 (w/e 23 September 2022)',
      'Subject: SESLIP Weekly Update – 524 – Friday 23rd September 2022',
    ]) {
      expect(seg(mailed(subject, noHeader)).header).toMatchObject({ number: 524, date: '2022-09-23' });
    }
    expect(seg(mailed('Subject: SESLIP Weekly Update 524', noHeader)).header).toMatchObject({ number: 524, date: null });
    // Words after the number are prose, not an issue: the Subject names none.
    for (const subject of ['Subject: SESLIP Update 13 of the plan', 'Subject: SESLIP update 2 on the kinship pilot', 'Subject: Update 13 of the plan', 'Subject: SESLIP Update 2 (draft)', 'Subject: SESLIP Update 2 monthly figures']) {
      expect(seg(mailed(subject, noHeader)).header).toBeNull();
    }
  });

  it('reads a Subject that names no programme over a text with the bulletin\'s headings and labels, and not over other text', () => {
    for (const subject of ['Subject: Weekly Update 524 – 23 September 2022', 'Subject: FW: Update 524 - 23/09/2022', 'Subject: Update no. 524 – Friday 23 September 2022']) {
      const { header, warnings } = seg(mailed(subject, noHeader));
      expect(header).toMatchObject({ number: 524, date: '2022-09-23' });
      expect(warnings.map((w) => w.code)).toContain('header-from-subject');
    }
    // A mail about something else: words after the number, or none at all.
    for (const subject of ['Subject: Re: Update on the 524 bus', 'Subject: Weekly update 3 of the plan', 'Subject: Update 524 bus times']) {
      expect(seg(mailed(subject, noHeader)).header).toBeNull();
    }
    // With no heading or label the text is no bulletin: the Subject names nothing.
    expect(() => seg(mailed('Subject: Weekly Update 524 – 23 September 2022', ['The bus timetable changes on Monday.']))).toThrow(InputError);
  });

  it('reads a lone Subject line opening the text as the mail\'s, and no Subject line further down', () => {
    const { header, warnings } = seg(['', 'Subject: Weekly Update 524 – 23 September 2022', '', ...noHeader].join('\n'));
    expect(header).toMatchObject({ number: 524, date: '2022-09-23' });
    expect(warnings.map((w) => w.code)).toContain('header-from-subject');
    expect(warnings.map((w) => w.code)).not.toContain('stray-text');
    const lower = findMailHeaders(toLines('Regional Data Network\nSubject: Weekly Update 524 – 23 September 2022'));
    expect(lower).toEqual({ lines: [false, false], subject: -1 });
  });

  it('reads a covering note under a greeting as no stray text even when it names a day', () => {
    const { warnings, entries } = seg(mailed('Subject: Weekly Update 524 – 23 September 2022', ['Hi all,', '', 'There will be no update on 30 September while the office is closed.', '', ...noHeader]));
    expect(warnings.map((w) => w.code)).not.toContain('stray-text');
    expect(entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    // Without the greeting a dated line before the first entry may be a lost entry.
    const unasked = seg(mailed('Subject: Weekly Update 524 – 23 September 2022', ['There will be no update on 30 September while the office is closed.', '', ...noHeader]));
    expect(unasked.warnings.map((w) => w.code)).toContain('stray-text');
  });

  it('reads no date from a Subject without one, and no header from a Subject that names none', () => {
    const undated = seg(mailed('Subject: SESLIP Update No 524', noHeader));
    expect(undated.header).toMatchObject({ number: 524, date: null });
    expect(undated.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['header-from-subject', 'no-date']));
    const other = seg(mailed('Subject: Notes from the data network', noHeader));
    expect(other.header).toBeNull();
    expect(other.warnings.map((w) => w.code)).toContain('no-header');
  });

  it('takes a mail header block only with From: and Subject:, Sent: or Date:, never an event\'s Date: / Venue: lines', () => {
    const lines = toLines('From: A <a@example.org>\nSent: 1 July 2022\nSubject: Hello\n\nDate: Tuesday 5 July 2022\nTo: all leads\nVenue: County Hall');
    const found = findMailHeaders(lines);
    expect(found.lines).toEqual([true, true, true, false, false, false, false]);
    expect(found.subject).toBe(2);
  });

  it('takes no mail header block from an event\'s Date:, From: and To: lines giving its times or dates', () => {
    const found = findMailHeaders(toLines('Date: 12 June 2020\nFrom: 10.00\nTo: 12.30\n\nDate: June 2020\nFrom: Monday 8 June\nTo: Friday 12 June'));
    expect(found.lines.every((inBlock) => !inBlock)).toBe(true);
  });

  it('takes a raw mail\'s header block whole: Received:, a folded To: list, Date:, MIME headers, and a MIME part\'s headers alone', () => {
    const lines = toLines(
      [
        'Received: from mail.example.org by mx.example.gov.uk',
        'From: SESLIP Programme <seslip@example.org>',
        'To: Kent Leads <leads@example.gov.uk>;',
        '    Surrey Leads <leads@example.org.uk>',
        'Subject: RE: SESLIP Update No 524 – 23rd September 2022',
        'Date: Fri, 23 Sep 2022 14:06:11 +0100',
        'MIME-Version: 1.0',
        '',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Content-Type: the new template for returns',
      ].join('\n'),
    );
    const found = findMailHeaders(lines);
    expect(found.lines).toEqual([true, true, true, true, true, true, true, false, true, true, false, false]);
    expect(seg([...lines.map((l) => l.text), '', ...bulletin.slice(4)].join('\n')).header).toMatchObject({ number: 524, date: '2022-09-23' });
  });

  it('drops the link targets Outlook glues to link text, and keeps a bare link and other angle brackets', () => {
    const lines = dropLinkTargets(
      toLines(
        [
          'Kinship Care Network<https://www.example.org/kinship>',
          'Please book on Eventbrite<https://www.eventbrite.co.uk/e/41952> by 30 September.',
          'Daniel Osei<mailto:daniel.osei@example.org> 07826 419037',
          'The report is at <https://www.example.org/report>.',
          'Ratio <1:20 in 5 authorities',
        ].join('\n'),
      ),
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Kinship Care Network',
      'Please book on Eventbrite by 30 September.',
      'Daniel Osei 07826 419037',
      'The report is at <https://www.example.org/report>.',
      'Ratio <1:20 in 5 authorities',
    ]);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('knows the usual greetings and sign-offs, and no sentence that starts like one', () => {
    expect(['Dear SESLIP colleagues,', 'Good morning all,', 'Hello colleagues'].every(isGreeting)).toBe(true);
    expect(['Dear colleagues we write to ask', 'Hello Kitty toys recalled'].some(isGreeting)).toBe(false);
    expect(['With thanks,', 'Kind wishes', 'All the best', 'Thanks'].every(isSignOff)).toBe(true);
    expect(['Best wishes, Harriet', 'Many thanks, Sam Whitfield.'].every(isSignOff)).toBe(true);
    expect(['With thanks to Kent', 'All the best practice examples', 'Thanks, Kent and Medway, for hosting'].some(isSignOff)).toBe(false);
  });

  it('ends the bulletin at a sign-off after the last entry, but not at one inside an entry', () => {
    const entry = ['', '', 'Joint Letter', '', '', 'The letter closes:', '', 'Kind regards', '', 'The Directors', '', 'Action Required:', '', 'For information.'];
    const text = [...bulletin.slice(0, 13), ...entry, '', 'Best wishes', '', 'Ann Other', 'Mobile: 07826 419037', '', 'This email is confidential and intended for the addressee only'].join('\n');
    const { entries, warnings } = seg(text);
    expect(entries.map((e) => e.title)).toEqual(['Regional Data Network', 'Joint Letter']);
    const body = entries[1]!.lines.map((l) => l.text);
    expect(body).toContain('Kind regards');
    expect(body.at(-1)).toBe('For information.');
    expect(warnings.map((w) => w.code)).not.toContain('truncated');
    // With no labels below, a quoted letter's sign-off with the rest of the page after it cuts nothing.
    const headlines = ['UPDATE NO 600 1 March 2024', '', 'Joint Letter', 'The letter closes:', 'Kind regards', 'The Directors', '', ...Array.from({ length: 8 }, (_, k) => [`Network ${k + 1} meeting`, `The network meets on ${k + 2} April 2024.`, '']).flat()].join('\n');
    expect(seg(headlines).entries.length).toBeGreaterThan(1);
    // The last entry of a cut-off page, quoting a letter's close with no label below.
    const quoted = ['UPDATE NO 600 1 March 2024', '', '', 'Joint Letter', '', '', 'The directors have written to the Minister.', 'The letter closes:', 'Yours sincerely', 'The Directors'].join('\n');
    expect(seg(quoted).entries[0]!.lines.map((l) => l.text)).toContain('The Directors');
  });

  it('reads a greeting and its covering note before the first entry as no stray text; text with no greeting still is', () => {
    expect(['Dear colleagues,', 'Hi all,', 'Hello everyone', 'Good afternoon,'].every(isGreeting)).toBe(true);
    expect(['Dear colleagues, please note the change of venue below.', 'Hi-tech solutions'].some(isGreeting)).toBe(false);
    const greeted = [bulletin[0]!, '', 'Hi all,', '', ...bulletin.slice(2)].join('\n');
    expect(seg(greeted).warnings.map((w) => w.code)).not.toContain('stray-text');
    expect(seg(greeted).entries.map((e) => e.title)).toEqual(['Regional Data Network']);
    // With every blank line lost, the entries run into the note: that is stray text still.
    const run = ['Hi all,', 'This week:', 'Regional Data Network', 'The network meets on 1 July.', 'Action Required:', 'For information.', 'Reminders from previous weeks', '', '', 'Old Item', '', '', 'Text.'].join('\n');
    expect(seg(run).warnings.map((w) => w.code)).toContain('stray-text');
  });

  it('takes a sign-off for one only alone on its line, and keeps the header in the body over the Subject', () => {
    expect(['Kind regards', 'Best wishes,', 'Many thanks', 'Regards'].every(isSignOff)).toBe(true);
    expect(['Kind regards to all who attended', 'Thanks to Surrey for hosting'].some(isSignOff)).toBe(false);
    const text = ['Subject: SESLIP Update No 511 – 17 June 2022', '', ...bulletin].join('\n');
    expect(seg(text).header).toMatchObject({ number: 512, date: '2022-06-24' });
    expect(seg(text).warnings.map((w) => w.code)).not.toContain('conflicting-header');
  });
});

describe('bulletins copied from a web page', () => {
  const bulletin = [
    'UPDATE NO 378 15 November 2019',
    '',
    '',
    'Care Leavers Survey',
    '',
    '',
    'The survey captures the views of 1,100 young people.',
    '',
    'Action Required:',
    '',
    'Print copies of the report are available.',
    '',
    'Contact Details',
    '',
    'Care Leavers Lead: Ann Other (Elsewhere Council)',
  ];
  const toolbar = [
    'The Wayback Machine - https://web.archive.org/web/20191116084512/https://www.example.org/news/update/',
    '42 captures',
    '12 Mar 2017 - 4 Jun 2021',
    'OCT\tNOV\tDEC',
    'About this capture',
    'COLLECTED BY',
    'Collection: Wide Crawl Number 16',
    'TIMESTAMPS',
    'loading',
  ];

  it('cuts print and PDF links anywhere; knows a post\'s byline, tags, breadcrumb and pager, and no sentence that starts like them', () => {
    for (const line of ['Print', 'Print this page', 'Download as PDF (245KB)', 'Download PDF (1.2 MB)', 'Share this:']) {
      expect(isFurnitureLine(line)).toBe(true);
    }
    const chrome = ['Posted on 14 May 2021 by Admin', 'Posted by Admin on 3 June 2020', 'December 16, 2022 by seslipadmin', '16th December 2022 by Admin', 'Tags: Adolescents, Kinship care', 'Home > News > Weekly updates', 'Home › Updates', 'Home / News / Weekly updates', '« Previous', 'Next steps →', 'Previous update | Next update'];
    for (const line of chrome) {
      expect(isPageChrome(line)).toBe(true);
      expect(isFurnitureLine(line)).toBe(false);
    }
    for (const line of ['Print copies of the summary report are available from the team.', 'Posted on the website are the slides from 4 May.', 'Download the toolkit from the website by 4 June.', 'Home visits resumed in May.', 'Home/School Transport Review', 'Categories: Team of the Year, Practice Educator of the Year', 'Next steps → book via the portal', 'On 16 December 2022 by noon, please reply.']) {
      expect(isFurnitureLine(line) || isPageChrome(line)).toBe(false);
    }
  });

  it('cuts a byline, tags and pager only around the bulletin, not the same shapes inside an entry', () => {
    const inEntry = [...bulletin.slice(0, 7), 'Next steps →', 'Tags: care leavers, survey', ...bulletin.slice(7)];
    const text = [bulletin[0], 'Posted on 15 November 2019 by Admin', 'Tags: Care leavers', '« Previous', ...inEntry.slice(1), '', 'Tags: news', 'Next post →'].join('\n');
    const { entries, contacts, warnings } = seg(text);
    expect(entries.map((e) => e.title)).toEqual(['Care Leavers Survey']);
    expect(entries[0]!.body.map((l) => l.text)).toEqual(expect.arrayContaining(['Next steps →', 'Tags: care leavers, survey']));
    expect(contacts.map((l) => l.text).filter((t) => t !== '')).toEqual(['Care Leavers Lead: Ann Other (Elsewhere Council)']);
    expect(warnings.map((w) => w.code)).toEqual(['missing-section']);
  });

  it('cuts a share bar\'s loose button lines under its heading, and the same words elsewhere stay', () => {
    const bar = ['Share this:', 'Tweet', 'Facebook', '', 'LinkedIn', 'Email', 'Print', 'Like this:', 'Like Loading...'];
    const text = [bulletin[0], ...bar, '', ...bulletin.slice(1)].join('\n');
    const { entries, warnings } = seg(text);
    expect(entries.map((e) => e.title)).toEqual(['Care Leavers Survey']);
    expect(warnings.map((w) => w.code)).toEqual(['missing-section']);
    const furniture = findFurniture(toLines(['Share this:', 'Tweet', 'Email', 'Regional Data Network', 'Email', 'Facebook'].join('\n')));
    expect(furniture).toEqual([true, true, true, false, false, false]);
  });

  it('knows the first line of a page\'s after-matter, and no bulletin line', () => {
    for (const line of ['Share this page', 'Share:', 'Related pages', 'Recent posts', 'You may also like', '2 comments', 'No comments', 'Leave a reply', 'Previous update | Next update', '« Previous post', '© 2021 South East Sector-Led Improvement Programme']) {
      expect(isPageEnd(line)).toBe(true);
    }
    for (const line of ['Share the findings with your teams.', 'Related pages of the toolkit are being revised.', '2 comments were received on the draft.', 'Next steps', 'Previous Updates']) {
      expect(isPageEnd(line)).toBe(false);
    }
  });

  it('takes the Wayback toolbar whole, down to its TIMESTAMPS tab, and its address line alone without one', () => {
    const lines = toLines([...toolbar, 'Home', 'text'].join('\n'));
    expect(findWaybackToolbar(lines)).toEqual([...toolbar.map(() => true), false, false]);
    expect(findWaybackToolbar(toLines([toolbar[0], '42 captures', 'text'].join('\n')))).toEqual([true, false, false]);
    expect(findWaybackToolbar(toLines('About this capture\nTIMESTAMPS'))).toEqual([false, false]);
  });

  it('ends the bulletin at the page\'s after-matter: no contact, header or truncation from related pages and comments', () => {
    const text = [...toolbar, ...bulletin, '', 'Share this page', 'Tweet', 'Related pages', 'SESLIP Update No 377 – 8 November 2019', '2 comments', 'Jane Doe', '17 May 2021 at 10:42', 'Will the meeting be recorded', 'Reply', '© 2019 Example Council'].join('\n');
    const { header, entries, contacts, warnings } = seg(text);
    expect(header).toMatchObject({ number: 378, date: '2019-11-15' });
    expect(entries.map((e) => e.title)).toEqual(['Care Leavers Survey']);
    expect(entries[0]!.body.map((l) => l.text).join('\n')).toMatch(/captures the views[\s\S]*Print copies/);
    expect(contacts.map((l) => l.text).filter((t) => t !== '')).toEqual(['Care Leavers Lead: Ann Other (Elsewhere Council)']);
    expect(warnings.map((w) => w.code)).toEqual(['missing-section']);
  });

  it('does not end at after-matter lines before the last heading or label', () => {
    const shared = [...bulletin.slice(0, 3), 'Share this page', '', '', ...bulletin.slice(3)].join('\n');
    expect(seg(shared).entries.map((e) => e.title)).toEqual(['Care Leavers Survey']);
    expect(seg(shared).contacts.some((l) => l.text.startsWith('Care Leavers Lead'))).toBe(true);
  });

  it('reads no section in the menu above the header: the dated header in the body is used, and a missing section still warns', () => {
    const menu = ['Home', 'Resources', 'Contact', 'SESLIP Update No 378', ''];
    const { header, warnings } = seg([...menu, ...bulletin].join('\n'));
    expect(header).toMatchObject({ number: 378, date: '2019-11-15' });
    expect(warnings.map((w) => w.code)).toEqual(['missing-section']);
    const noContacts = seg([...menu, ...bulletin.slice(0, -4)].join('\n'));
    expect(noContacts.warnings.map((w) => w.code)).toEqual(['missing-section', 'missing-section']);
  });

  it("reads a page's list of links to other issues under its header as furniture: no header, section, entry or warning from it", () => {
    const list = ['Previous Updates', '', 'UPDATE NO 377 8 November 2019', 'UPDATE NO 376 1 November 2019', 'UPDATE NO 375 25 October 2019', 'View all updates', ''];
    const text = [bulletin[0], '', ...list, ...bulletin.slice(1)].join('\n');
    const { header, entries, warnings } = seg(text);
    expect(header).toMatchObject({ number: 378, date: '2019-11-15' });
    // "Previous Updates" over the list opens no reminders.
    expect(entries.map((e) => [e.section, e.title])).toEqual([['new', 'Care Leavers Survey']]);
    expect(warnings.map((w) => w.code)).toEqual(['missing-section']);
    // One earlier issue named alone is no list: it is still a header of its own (conflicting).
    const single = [bulletin[0], '', 'Previous Updates', '', 'UPDATE NO 377 8 November 2019', ...bulletin.slice(1)].join('\n');
    expect(seg(single).warnings.map((w) => w.code)).toContain('conflicting-header');
    // "Previous updates" away from such a list is the reminders' heading.
    const reminders = [...bulletin.slice(0, 11), '', 'Previous updates', '', '', 'Older Item', '', '', 'Older body.', '', ...bulletin.slice(11)].join('\n');
    expect(seg(reminders).entries.map((e) => [e.section, e.title])).toEqual([['new', 'Care Leavers Survey'], ['reminder', 'Older Item']]);
  });

  it("knows a link back to the listing as the start of the page's after-matter", () => {
    for (const line of ['Back to Weekly Updates', 'Back to all news', 'Return to updates']) expect(isPageEnd(line)).toBe(true);
    for (const line of ['Back to school guidance for updates', 'Back to top', 'Return to work after the updates were published.']) expect(isPageEnd(line)).toBe(false);
  });

  it('reads a byline and print links between the header and the first entry as no stray text', () => {
    const text = [bulletin[0], 'Posted on 15 November 2019 by Admin', 'Tags: Care leavers', 'Print', 'Download as PDF (245KB)', ...bulletin.slice(1)].join('\n');
    expect(seg(text).warnings.map((w) => w.code)).toEqual(['missing-section']);
  });
});

describe("a mail campaign's plain-text version (Mailchimp)", () => {
  const DASHES = '-'.repeat(60);
  const EQUALS = '='.repeat(60);
  const shown = (text: string) => readCampaign(toLines(text)).lines.map((l) => [l.line, l.text]);
  const targetsDropped = (lines: string[]) => dropCampaignTargets(toLines(lines.join('\n'))).map((l) => [l.line, l.text]);

  it('knows the service by two kinds of its markup, one of them its own', () => {
    expect(isCampaign(toLines(`** A title\n${DASHES}\nText.`))).toBe(true);
    expect(isCampaign(toLines('Dear *|FNAME|*,\nSee the guidance (https://x.org/g).'))).toBe(true);
    expect(isCampaign(toLines('View this email in your browser (https://mailchi.mp/x/1)\n\nOur mailing address is:'))).toBe(true);
    // A plain scrape with a rule, a bracketed link and a copyright line; a Markdown bold title; one "** " line alone.
    expect(isCampaign(toLines(`A title\n${DASHES}\nSee the guidance (https://x.org/g).\n© 2023 SESLIP`))).toBe(false);
    expect(isCampaign(toLines(`**A bold title**\n${DASHES}`))).toBe(false);
    expect(isCampaign(toLines('** A title\nText.'))).toBe(false);
  });

  it('sets "** " headings apart, blanks rules and drops merge tags, the browser line and the footer', () => {
    const text = [
      '*|MC_PREVIEW_TEXT|*',
      'View this email in your browser (*|ARCHIVE|*)',
      '** UPDATE NO 9 1 May 2024',
      DASHES,
      'Dear *|FNAME|*,',
      '** A title (https://x.org/t)',
      'Text.',
      EQUALS,
      '** Contact Details',
      'Lead: Jo Bloggs (Kent County Council)',
      'jo@x.org (mailto:jo@x.org)',
      EQUALS,
      '** Twitter (https://twitter.com/x)',
      '| ** Website (https://x.org)',
      '',
      'Copyright © *|CURRENT_YEAR|* *|LIST:COMPANY|*, All rights reserved.',
      'Our mailing address is:',
      'County Hall',
      'or ** unsubscribe from this list (*|UNSUB|*)',
    ].join('\n');
    expect(shown(text)).toEqual([
      [1, ''], [2, ''], [3, 'UPDATE NO 9 1 May 2024'], [4, ''], [5, ''], [5, 'Dear,'],
      // Straight under its heading above a rule, "Text." stays there: unwrap joins it only if a wrapper broke the heading.
      [6, ''], [6, ''], [6, 'A title (https://x.org/t)'], [7, 'Text.'], [8, ''],
      [9, ''], [9, 'Contact Details'], [10, ''], [10, ''], [10, 'Lead: Jo Bloggs (Kent County Council)'], [11, 'jo@x.org (mailto:jo@x.org)'],
    ]);
    // Read through, the title and the contact keep no link target; the footer gives no contact and no warning.
    const read = seg(text);
    expect(read.header).toMatchObject({ number: 9, date: '2024-05-01' });
    expect(read.entries.map((e) => e.title)).toEqual(['A title']);
    expect(read.contacts.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['Lead: Jo Bloggs (Kent County Council)', 'jo@x.org']);
    expect(read.warnings.map((w) => w.code)).toEqual(['missing-section']);
  });

  it('keeps a heading a wrapper broke over the rule under it as one title, and text under a heading without a rule as text', () => {
    const body = 'The toolkit has been refreshed for the summer campaign, with new assets and';
    const wrapped = [
      'UPDATE NO 9 1 May 2024', '', 'Please send news to the programme office.', '',
      '** Annual Conversation 2024 – self-assessment template and peer', 'challenge arrangements', DASHES, '',
      ...Array.from({ length: 6 }, () => body), 'a script.', '', 'Action Required: None.', '',
      '** Tools & Templates', DASHES, '', 'Our mailing address is:',
    ];
    expect(titles(wrapped.join('\n'))).toEqual([['new', 'Annual Conversation 2024 – self-assessment template and peer challenge arrangements']]);
    expect(shown(`** A title\nThe text under it.\n\n${DASHES}`).filter(([, t]) => t !== '')).toEqual([[1, 'A title'], [2, 'The text under it.']]);
  });

  it('ends the footer at a contact line, however short: only a social bar\'s named links go with it', () => {
    const text = `** Contact Details\nLead: Jo Bloggs (Kent County Council)\njo.bloggs@kent.gov.uk (mailto:jo.bloggs@kent.gov.uk)\n\n${EQUALS}\n** LinkedIn (https://x.org/li)\n\nWant to change how you receive these emails?`;
    expect(shown(text).filter(([, t]) => t !== '').map(([, t]) => t)).toEqual([
      'Contact Details', 'Lead: Jo Bloggs (Kent County Council)', 'jo.bloggs@kent.gov.uk (mailto:jo.bloggs@kent.gov.uk)',
    ]);
  });

  it('drops link targets; one a wrapper put on a line of its own joins the line before, and the next where that goes on', () => {
    expect(
      targetsDropped([
        'Please book on Eventbrite (https://x.org/e) by 30 May. Email Jo (mailto:jo@x.org).',
        'Book places on Eventbrite',
        '(https://www.eventbrite.co.uk/e/a-long-event-name-tickets-718204639517)',
        'by 5pm on Friday 27 October.',
        'A toolkit for practitioners',
        '(https://www.example.org/a-long-address-for-the-toolkit)',
        '– published by the Kinship Alliance, 28 September 2023',
        'Book on Eventbrite',
        '(https://www.eventbrite.co.uk/e/regional-send-conference-2024-tickets-842219054471).',
        'Job description and application pack',
        '(https://www.example.org/jobs/adviser)',
        'Closing date: Friday 20 October 2023.',
        '',
        '(https://www.example.org/alone)',
        'The report (see page 4) is out.',
      ]),
    ).toEqual([
      [1, 'Please book on Eventbrite by 30 May. Email Jo.'],
      [2, 'Book places on Eventbrite by 5pm on Friday 27 October.'],
      [5, 'A toolkit for practitioners – published by the Kinship Alliance, 28 September 2023'],
      [8, 'Book on Eventbrite.'],
      [10, 'Job description and application pack'],
      [12, 'Closing date: Friday 20 October 2023.'],
      [13, ''],
      [14, ''],
      [15, 'The report (see page 4) is out.'],
    ]);
  });
});
