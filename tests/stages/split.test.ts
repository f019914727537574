import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/decode.js';
import { toLines } from '../../src/normalise.js';
import { readIssues } from '../../src/pipeline.js';
import { isMboxSeparator, splitIssues } from '../../src/split.js';

const issue = (number: number, date: string, title: string): string[] => [
  `UPDATE NO ${number} ${date}`,
  '',
  '',
  title,
  '',
  '',
  `The ${title.toLowerCase()} meets next month.`,
  '',
  'Action Required:',
  '',
  'For information.',
  '',
  'Contact Details',
  '',
  'Programme Manager: Ann Other (Elsewhere Council)',
  '',
];
const mail = (number: number, date: string, title: string, stamp: string): string[] => [
  `From seslip@seslip.org.uk ${stamp}`,
  'From: SESLIP Programme <seslip@seslip.org.uk>',
  `Subject: SESLIP Update No ${number} - ${date}`,
  '',
  ...issue(number, date, title),
];
/** Each part's first line number and first non-blank text. */
const parts = (lines: string[]) =>
  splitIssues(toLines(lines.join('\n'))).map((part) => [part[0]!.line, part.find((l) => l.text !== '')?.text]);

describe('splitting a file into its issues', () => {
  it('leaves a file of one issue whole, the same array', () => {
    const lines = toLines(issue(410, '3 July 2020', 'Data Network').join('\n'));
    expect(splitIssues(lines)).toEqual([lines]);
    expect(splitIssues(lines)[0]).toBe(lines);
  });

  it('cuts at a header of another number, keeping each line its number in the file', () => {
    const text = [...issue(410, '3 July 2020', 'Data Network'), ...issue(411, '10 July 2020', 'Kinship Network')];
    expect(parts(text)).toEqual([
      [1, 'UPDATE NO 410 3 July 2020'],
      [17, 'UPDATE NO 411 10 July 2020'],
    ]);
  });

  it('cuts between bulletins of labels alone, which have no section heading to start over', () => {
    const labelled = (number: number, date: string, title: string) => [`UPDATE NO ${number} ${date}`, `Programme: ${title}`, 'Update: The group meets next month.', 'Action Required: For information.', ''];
    expect(parts([...labelled(410, '3 July 2020', 'Data Network'), ...labelled(411, '10 July 2020', 'Kinship Network')])).toEqual([
      [1, 'UPDATE NO 410 3 July 2020'],
      [6, 'UPDATE NO 411 10 July 2020'],
    ]);
  });

  it('does not cut at a header repeated with the same number (site boilerplate, a page break)', () => {
    const first = issue(381, '6 December 2019', 'Data Network');
    const text = [first[0]!, '', 'Newsletters', '', ...first, 'Page 2 of 2', first[0]!, '', 'More text.'];
    expect(parts(text)).toHaveLength(1);
  });

  it('does not cut at a header of another number dated as its part: a misread running head', () => {
    const text = [...issue(381, '6 December 2019', 'Data Network'), 'UPDATE NO 391 6 December 2019', '', ...issue(381, '6 December 2019', 'Kinship Network').slice(1)];
    expect(parts(text)).toHaveLength(1);
    // Dated otherwise, it heads a bulletin of its own.
    expect(parts(text.map((l) => l.replace('391 6 December', '391 13 December')))).toHaveLength(2);
  });

  it('does not cut at an earlier update named in an entry or at the start of a line with no number word', () => {
    const text = [...issue(381, '6 December 2019', 'Data Network'), 'see Update 380 (29 November) for the dates', '', 'Update 380 (29 November)', ''];
    expect(parts(text)).toHaveLength(1);
  });

  it('does not cut at a sentence in an entry opening with an earlier issue: only a line of number and date heads a bulletin', () => {
    const bulletin = issue(412, '3 July 2020', 'Data Network');
    const reminders = ['Reminders from previous weeks', '', '', 'Practice Survey', '', ''];
    for (const quoting of ['Update No 409 gave the link; it is repeated below.', 'UPDATE NO 410 26 June 2020 gave the link; it is repeated below.']) {
      expect(parts([...bulletin.slice(0, 11), ...reminders, quoting, '', ...bulletin.slice(8)])).toHaveLength(1);
    }
    // Dated by a weekday or "w/e", bracketed, with a page number after: still a header alone.
    for (const header of ['UPDATE NO 411 (Friday 10 July 2020)', 'SESLIP Update No 411 – w/e 10 July 2020', 'UPDATE NO 411 10 July 2020 | 1', 'UPDATE NO 411']) {
      expect(parts([...bulletin, header, '', ...issue(411, '10 July 2020', 'Kinship Network').slice(1)])).toHaveLength(2);
    }
  });

  it('does not cut at an earlier issue linked inside an entry, on its own line or run onto the sentence before it', () => {
    const bulletin = issue(412, '3 July 2020', 'Data Network');
    for (const link of [['The link was in the last bulletin:', '', 'UPDATE NO 411 26 June 2020'], ['The link was in the last bulletinUPDATE NO 411 26 June 2020']]) {
      const reminders = ['Reminders from previous weeks', '', '', 'Practice Survey', '', '', 'The survey closes on 24 July 2020.', ...link, '', 'It is repeated here.', ''];
      expect(parts([...bulletin.slice(0, 11), '', ...reminders, ...bulletin.slice(12)])).toHaveLength(1);
    }
  });

  it('does not cut at an earlier issue a menu names above the header, nor at a related-pages list below the bulletin', () => {
    const text = ['Home', 'SESLIP Update No 377 – 8 November 2019', '', ...issue(378, '15 November 2019', 'Data Network'), 'Related pages', 'SESLIP Update No 376 – 1 November 2019', 'SESLIP Update No 375 – 25 October 2019', '© 2019 Example Council'];
    expect(parts(text)).toHaveLength(1);
  });

  it("does not cut at a page's list of links to other issues, one header per line, under the bulletin's header", () => {
    const list = ['Previous Updates', '', 'UPDATE NO 410 26 June 2020', 'UPDATE NO 409 19 June 2020', '', 'UPDATE NO 408 12 June 2020', 'View all updates', ''];
    const [header, ...rest] = issue(411, '3 July 2020', 'Data Network');
    expect(parts([header!, '', ...list, ...rest])).toEqual([[1, 'UPDATE NO 411 3 July 2020']]);
    // Two bulletins one after another still cut, with text between their headers.
    expect(parts([...issue(410, '26 June 2020', 'Data Network'), ...issue(411, '3 July 2020', 'Kinship Network')])).toHaveLength(2);
  });

  it('keeps a bulletin quoted in a reply with the mail that quotes it: a quoted header is no cut', () => {
    const quoted = issue(380, '29 November 2019', 'Old Item').map((l) => (l === '' ? '>' : `> ${l}`));
    const text = [...issue(381, '6 December 2019', 'Data Network'), 'On Fri, 29 Nov 2019 someone wrote:', ...quoted];
    expect(parts(text)).toHaveLength(1);
  });

  it('cuts at each mbox separator, blanked, even between messages of one issue number', () => {
    const text = [...mail(451, '16 April 2021', 'Data Network', 'Fri Apr 16 13:02:11 2021'), ...mail(451, '16 April 2021', 'Data Network', 'Fri Apr 16 15:40:00 2021')];
    const split = splitIssues(toLines(text.join('\n')));
    expect(split.map((part) => part[0])).toEqual([
      { text: '', line: 1 },
      { text: '', line: 21 },
    ]);
  });

  it('cuts at a dated header run onto the last line of the file before (cat of a file with no final line break)', () => {
    const first = issue(410, '3 July 2020', 'Data Network');
    const text = [...first.slice(0, -2), `${first.at(-2)!}UPDATE NO 411 10 July 2020`, ...issue(411, '10 July 2020', 'Kinship Network').slice(1)];
    const split = splitIssues(toLines(text.join('\n')));
    expect(split.map((part) => part.find((l) => l.text !== '')?.text)).toEqual(['UPDATE NO 410 3 July 2020', 'UPDATE NO 411 10 July 2020']);
    expect(split[0]!.at(-1)).toEqual({ text: 'Programme Manager: Ann Other (Elsewhere Council)', line: 15 });
    expect(split[1]![0]).toEqual({ text: 'UPDATE NO 411 10 July 2020', line: 15 });
    // After a space or an opening bracket it is an entry's reference, on its line.
    for (const glued of ['Details are in Update No 380 29 November 2019', 'The dates (UPDATE NO 380 29 November 2019)']) {
      expect(splitIssues(toLines([...first, glued].join('\n')))[0]!.at(-1)!.text).toBe(glued);
    }
  });

  it('cuts at a bare first-years header of another number, with the programme name set above it', () => {
    const early = (number: number, date: string, title: string): string[] => ['SESLIP', `Update ${number} (${date})`, '', 'Items this week', '', title, '', `The ${title.toLowerCase()} meets next month.`, 'Action required – reply by Friday.', ''];
    const text = [...early(27, 'Friday 24th June 2011', 'Data Network'), 'see Update 26 (17 June)', 'Update 26 (17 June)', '', ...early(28, 'Friday 1st July 2011', 'Kinship Network')];
    expect(parts(text)).toEqual([
      [1, 'SESLIP'],
      [14, 'SESLIP'],
    ]);
    // A bare header whose line runs on past its date is an entry's sentence, not a cut.
    const prose = [...early(27, 'Friday 24th June 2011', 'Data Network'), ...early(28, 'Friday 1st July 2011 set out the dates', 'Kinship Network')];
    expect(parts(prose)).toHaveLength(1);
  });

  it('cuts at a header set in Markdown bold in a converted scrape, before its markup is read', () => {
    const bold = (number: number, date: string, title: string): string[] => [`**UPDATE NO ${number} ${date}**`, '', `## ${title}`, '', `The ${title.toLowerCase()} meets [next month](https://example.org/x).`, '', '**Action Required:** For information.', ''];
    const text = [...bold(405, '22 May 2020', 'Data Network'), ...bold(406, '29 May 2020', 'Kinship Network')];
    expect(parts(text)).toEqual([
      [1, '**UPDATE NO 405 22 May 2020**'],
      [9, '**UPDATE NO 406 29 May 2020**'],
    ]);
    const issues = readIssues(text.join('\n'), { source: 'page.md' });
    expect(issues.map((i) => [i.number, i.date, i.items.map((item) => item.title)])).toEqual([
      [405, '2020-05-22', ['Data Network']],
      [406, '2020-05-29', ['Kinship Network']],
    ]);
  });

  it('knows an mbox separator from a sentence opening with "From"', () => {
    expect(['From seslip@seslip.org.uk Fri Apr 16 13:02:11 2021', 'From - Fri Apr 16 13:02:11 2021', 'From MAILER-DAEMON Mon Jan  4 09:00:00 2021'].every(isMboxSeparator)).toBe(true);
    expect(['From 9am until 12:30 on Friday 16 April 2021', 'From: SESLIP Programme <seslip@seslip.org.uk>', 'From Monday 3 May at 10:00 the line is open'].some(isMboxSeparator)).toBe(false);
  });
});

describe('reading a file of several issues', () => {
  it('gives each issue its own items, a several-issues warning on the first, and line numbers of the file', () => {
    const text = [...mail(451, '16 April 2021', 'Data Network', 'Fri Apr 16 13:02:11 2021'), ...mail(452, '23 April 2021', 'Kinship Network', 'Fri Apr 23 12:47:55 2021')].join('\n');
    const issues = readIssues(text, { source: 'list.mbox' });
    expect(issues.map((i) => [i.number, i.date, i.items.map((item) => [item.title, item.line])])).toEqual([
      [451, '2021-04-16', [['Data Network', 8]]],
      [452, '2021-04-23', [['Kinship Network', 28]]],
    ]);
    expect(issues[0]!.warnings.filter((w) => w.code === 'several-issues')).toEqual([
      { code: 'several-issues', message: '2 issues in one file (451, 452), each read as its own issue', source: 'list.mbox', line: 21 },
    ]);
    expect(issues.flatMap((i) => i.warnings.map((w) => w.code))).not.toContain('conflicting-header');
  });

  it('skips a message with no bulletin in it, and fails only when no part is a bulletin', () => {
    const reply = ['From reader@example.org Fri Apr 16 14:00:00 2021', 'From: A Reader <reader@example.org>', 'Subject: Re: out of office', '', 'Thanks, I am away until Monday.', ''];
    const issues = readIssues([...mail(451, '16 April 2021', 'Data Network', 'Fri Apr 16 13:02:11 2021'), ...reply].join('\n'), { source: 'list.mbox' });
    expect(issues.map((i) => i.number)).toEqual([451]);
    expect(issues[0]!.warnings.find((w) => w.code === 'several-issues')?.message).toMatch(/1 part\(s\) with no bulletin skipped/);
    expect(() => readIssues([...reply, ...reply].join('\n'), { source: 'list.mbox' })).toThrow(InputError);
  });

  it("names a headerless bulletin by its file's name only where the file holds that one bulletin", () => {
    const [alone] = readIssues(issue(412, '19 June 2020', 'Data Network').slice(1).join('\n'), { source: 'scrapes/2020/update-412-2020-06-19.txt' });
    expect([alone!.number, alone!.date]).toEqual([412, '2020-06-19']);
    const headless = ['From seslip@seslip.org.uk Fri Apr 23 12:47:55 2021', 'From: SESLIP Programme <seslip@seslip.org.uk>', 'Sent: 23 April 2021', '', ...issue(452, '23 April 2021', 'Kinship Network').slice(1)];
    const issues = readIssues([...mail(451, '16 April 2021', 'Data Network', 'Fri Apr 16 13:02:11 2021'), ...headless].join('\n'), { source: 'update-451-2021-04-16.txt' });
    expect(issues.map((i) => [i.number, i.date])).toEqual([[451, '2021-04-16'], [null, null]]);
    expect(issues.flatMap((i) => i.warnings.map((w) => w.code))).not.toContain('header-from-filename');
  });
});
