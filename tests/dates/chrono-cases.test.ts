// The ways chrono en.GB misreads bulletin dates on its own, each fixed by one of our
// parsers or refiners (src/dates/parsers.ts, refiners.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/dates/mentions.js';
import { datesOf, rows } from './entry.js';

const ISSUE = '2019-12-06';
const times = (text: string, issue: string | null = ISSUE) =>
  findMentions(text, issue).dates.map((d) => (d.start ? `${d.date} ${d.start}-${d.end ?? ''}` : d.date));
const bareTimes = (text: string) => findMentions(text, ISSUE).times.map((t) => `${t.start}-${t.end ?? '-'}`);

describe('times chrono reads wrongly', () => {
  it('puts a time range after an en dash on the date, not on the reference day', () => {
    expect(times('The next meeting will be on Friday 24th January 2020 – 10.30-12.30.')).toEqual(['2020-01-24 10:30-12:30']);
  });

  it.each([
    ['9.30-13.30', '09:30-13:30'],
    ['10.00-12.00', '10:00-12:00'],
    ['2pm to 4pm', '14:00-16:00'],
    ['10am–11.30am', '10:00-11:30'],
    ['9.30am – 3.30pm', '09:30-15:30'],
    ['2–4pm', '14:00-16:00'],
    ['9:00-4:30', '09:00-16:30'],
    ['1.30-3.30', '13:30-15:30'],
    ['9.30-4pm', '09:30-16:00'],
    ['11-1pm', '11:00-13:00'],
    ['2-4pm', '14:00-16:00'],
    ['9.30pm-11pm', '21:30-23:00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(bareTimes(`Session ${text} in the hall`)).toEqual([expected]);
    expect(times(`Thursday 5 March 2020, ${text}`)).toEqual([`2020-03-05 ${expected}`]);
  });

  it('gives a table row\'s day the time in a later cell when only whole cells with no figure stand between', () => {
    expect(times('Tuesday 18 October 2022 | AD Safeguarding Network | 10.00 – 12.30 | Microsoft Teams', '2022-10-14')).toEqual(['2022-10-18 10:00-12:30']);
    expect(times('Tuesday 18 October 2022 | 10.00 – 12.30 | Microsoft Teams', '2022-10-14')).toEqual(['2022-10-18 10:00-12:30']);
    // A cell with a figure in it (another day, a count), or no cell at all, stands between.
    expect(times('Tuesday 18 October 2022 | 3 sessions | 10.00 – 12.30', '2022-10-14')).toEqual(['2022-10-18']);
    expect(times('Tuesday 18 October 2022 | AD Network agreed to meet once the room is free, 10.00 – 12.30', '2022-10-14')).toEqual(['2022-10-18']);
  });

  it('reads a 24-hour "hrs" clock, alone or after a date or a two-day range', () => {
    expect(bareTimes('Session 1000-1200 hrs in the hall')).toEqual(['10:00-12:00']);
    expect(bareTimes('Session 0930-1600 hours in the hall')).toEqual(['09:30-16:00']);
    expect(times('The network meets on the 3rd of July, 1000-1200 hrs, in the Council Chamber.', '2015-06-12')).toEqual(['2015-07-03 10:00-12:00']);
    expect(times('Over two days, 28–29 September 2016, 0930-1600 hrs on both days.', '2016-07-01')).toEqual([
      '2016-09-28 09:30-16:00',
      '2016-09-29 09:30-16:00',
    ]);
    expect(bareTimes('Arrive by 0930 hrs.')).toEqual(['09:30--']);
  });

  it('reads a clock with a point and "hrs" run on, alone or in a range', () => {
    expect(bareTimes('Arrive at 10.00hrs in the hall')).toEqual(['10:00--']);
    expect(bareTimes('Arrive at 9.30 hrs in the hall')).toEqual(['09:30--']);
    expect(times('Tues 22nd March, 10.00hrs, Guildford', '2011-03-18')).toEqual(['2011-03-22 10:00-']);
    expect(times('Thurs 30th June, 10.00-13.00hrs, Basingstoke', '2011-06-24')).toEqual(['2011-06-30 10:00-13:00']);
    expect(times('Weds 13th July, 9.30-12.30hrs, Reading', '2011-06-24')).toEqual(['2011-07-13 09:30-12:30']);
    expect(times('Weds 13th July, 10.00hrs – 12.30hrs, Reading', '2011-06-24')).toEqual(['2011-07-13 10:00-12:30']);
    expect(bareTimes('Thurs 30th June, 10.00-13.00hrs, Basingstoke')).toEqual([]);
    expect(bareTimes('£10.00 hrs; 25.00hrs; 3 hrs; 48hrs')).toEqual([]);
  });

  it('reads a 24-hour range without "hrs" where it ends its phrase, on quarter hours; never years, counts or backwards', () => {
    expect(times('Thu 22 Jan, 0930–1230, in person at County Hall.', '2026-01-09')).toEqual(['2026-01-22 09:30-12:30']);
    expect(times('Weds 4th Feb, 1400-1600.', '2026-01-09')).toEqual(['2026-02-04 14:00-16:00']);
    expect(bareTimes('Born 2000–2015, 1945-2000; 1000–1500 words; the 2024-2025 data; 1230–0930; 0925–1210.')).toEqual([]);
  });

  it('reads a two-digit year after a month where it ends the date\'s phrase, within a year of the issue', () => {
    expect(times('Tues 24 Mar 26 – AD Education Network', '2026-03-20')).toEqual(['2026-03-24']);
    expect(times('agreed on Tues 3 Mar 26, will start', '2026-03-20')).toEqual(['2026-03-03']);
    expect(findMentions('Tues 24 Mar 26 – Network', '2026-03-20').dates[0]?.yearWritten).toBe(true);
    // A figure running on, a time or a year far off is no year: the date keeps the nearest.
    expect(times('On 3 March 10 people met.', '2026-03-20')).toEqual(['2026-03-03']);
    expect(times('on 3 March 10–12pm', '2026-03-20')).toEqual(['2026-03-03 10:00-12:00']);
    expect(times('the 24 Mar 15 – a note', '2026-03-20')).toEqual(['2026-03-24']);
    expect(findMentions('the 24 Mar 15 – a note', '2026-03-20').dates[0]?.yearWritten).toBe(false);
  });

  it('reads "Tues" and "Weds", which chrono does not, as the weekday written with the date', () => {
    const [tues] = findMentions('Meet on Tues 4 Feb.', '2026-01-09').dates;
    expect(tues).toMatchObject({ index: 8, length: 11, date: '2026-02-04', weekdayWritten: true, wrongWeekday: 2 });
    const [weds] = findMentions('Meet on Weds. 4 Feb.', '2026-01-09').dates;
    expect(weds).toMatchObject({ index: 8, date: '2026-02-04', weekdayWritten: true, wrongWeekday: null });
    // Not a word that ends in the letters.
    expect(findMentions('Meet on Outweds 4 Feb.', '2026-01-09').dates[0]).toMatchObject({ index: 16, weekdayWritten: false });
  });

  it('does not read years, counts or money before "hours" as a clock', () => {
    expect(bareTimes('In 2015 hours worked rose; 1200 hours of training; £1500 hrs; 2460 hrs; 1000-2015 visits')).toEqual([]);
  });

  it('puts a time after a bracketed weekday on the date when the weekday is the date\'s', () => {
    expect(times('A workshop on 14 July (Tuesday), 13:00–15:30, at the library.', '2015-06-12')).toEqual(['2015-07-14 13:00-15:30']);
    expect(times('A workshop on 14 July (Friday), 13:00–15:30, at the library.', '2015-06-12')).toEqual(['2015-07-14']);
  });

  it('starts "9.30 for a 10.00 start" at 10:00 (9.30 is arrival, which has no field)', () => {
    expect(times('The meeting will take place on Friday 26 March 2021, 9.30 for a 10.00 start, via Microsoft Teams.')).toEqual([
      '2021-03-26 10:00-',
    ]);
  });

  it('does not read "16 December 10.30" as 10 December 2010', () => {
    expect(times('Wednesday 16 December 10.30-12.30', '2020-11-19')).toEqual(['2020-12-16 10:30-12:30']);
    expect(times('on December 10.30 sharp')).toEqual([]);
  });

  it('attaches a schedule line\'s times to the entry\'s date', () => {
    const result = datesOf(
      ISSUE,
      'Complex LAC Project – Hold the date Friday 17 January 2020',
      'We will be holding an event in Central London on Friday 17 January 2020. There will be two parts to the day:',
      'Part 1 9.30-13.30 – DCS and Chief Financial Officers session – We would like to invite a group to a meeting.',
      'Part 2 14.00-17.00 – Premiere of the Film – As part of the project we made a film.',
    );
    expect(rows(result)).toEqual([
      '2020-01-17 | 09:30 | 13:30 | Central London | Part 1 – DCS and Chief Financial Officers session | upcoming',
      '2020-01-17 | 14:00 | 17:00 | Central London | Part 2 – Premiere of the Film | upcoming',
    ]);
    expect(result.events.map((e) => e.line)).toEqual([3, 4]);
  });
});

describe('dates chrono reads wrongly or not at all', () => {
  it('makes one date per listed day and shares the year and time of the last', () => {
    expect(times('24 and 25 March 2021')).toEqual(['2021-03-24', '2021-03-25']);
    expect(times('27, 28 January and 4 May 2022', '2021-11-19')).toEqual(['2022-01-27', '2022-01-28', '2022-05-04']);
    expect(times('Thursday 28 February and Friday 1 March 2019, 9:00-4:30 each day')).toEqual([
      '2019-02-28 09:00-16:30',
      '2019-03-01 09:00-16:30',
    ]);
    expect(times('Future dates have been set for 8 July and 9 September 2020, both 10.00-12.00.')).toEqual([
      '2020-07-08 10:00-12:00',
      '2020-09-09 10:00-12:00',
    ]);
  });

  it('gives each listed day the time range after the last', () => {
    expect(times('14th & 15th July, 2-4pm', '2022-06-10')).toEqual(['2022-07-14 14:00-16:00', '2022-07-15 14:00-16:00']);
    expect(times('Thursday 14th & Friday 15th July, 10am-12pm', '2022-06-10')).toEqual(['2022-07-14 10:00-12:00', '2022-07-15 10:00-12:00']);
    expect(times('14, 15 and 16 July 10.00–12.00', '2022-06-10')).toEqual(['2022-07-14 10:00-12:00', '2022-07-15 10:00-12:00', '2022-07-16 10:00-12:00']);
    expect(times('on 3 and 10 March from 9.30am to 12.30pm', '2022-02-11')).toEqual(['2022-03-03 09:30-12:30', '2022-03-10 09:30-12:30']);
    expect(times('on 24 and 25 March 2021 – 10.00-12.00')).toEqual(['2021-03-24 10:00-12:00', '2021-03-25 10:00-12:00']);
    // A range of days is not one day's time: the days listed before it are left alone.
    expect(times('on 17 and 18-19 March 2021')).toEqual(['2021-03-18', '2021-03-19']);
    // A day alone keeps its time, and a date after the list does not lend it one.
    expect(times('15 July, 2-4pm', '2022-06-10')).toEqual(['2022-07-15 14:00-16:00']);
  });

  it('reads no year 2010 in "in June, 10-11am": the digits before am/pm are hours', () => {
    expect(times('drop-in clinics in June, 10-11am', '2023-05-26')).toEqual([]);
    expect(bareTimes('drop-in clinics in June, 10-11am')).toEqual(['10:00-11:00']);
    // A year written in full stays the month's.
    expect(times('drop-in clinics in June, 2024', '2023-05-26')).toEqual(['2024-06']);
    expect(times('meets in June, 10am-12pm', '2023-05-26')).toEqual(['2023-06 10:00-12:00']);
  });

  it('reads the month after a day as that day\'s, not as the start of "July, 2"', () => {
    expect(times('on 3 July, 2-4pm', '2022-06-10')).toEqual(['2022-07-03 14:00-16:00']);
    expect(times('on 3 July, 2 places are left', '2022-06-10')).toEqual(['2022-07-03']);
    expect(times('on 3 July, 10.00-12.00', '2022-06-10')).toEqual(['2022-07-03 10:00-12:00']);
    // Month first, the day after the month is the date's.
    expect(times('on July 3, 2-4pm', '2022-06-10')).toEqual(['2022-07-03 14:00-16:00']);
    expect(times('on July 3, 2022', '2022-06-10')).toEqual(['2022-07-03']);
  });

  it('reads "16 April (am and pm) and 27 April (am only)" as two days with no label', () => {
    const result = datesOf('2021-03-12', 'Refresher Workshops', 'Workshops will be held on 16 April (am and pm) and 27 April (am only) via Zoom.');
    expect(rows(result)).toEqual(['2021-04-16 | - | - | Zoom | - | upcoming', '2021-04-27 | - | - | Zoom | - | upcoming']);
  });

  it('reads "2.5.13" (one-digit day, dotted, two-digit year) near the issue year, day first', () => {
    expect(times('The next meeting will be on 2.5.13, 1.30 - 4pm at County Hall.', '2013-04-19')).toEqual(['2013-05-02 13:30-16:00']);
    expect(times('on 3.12.13 in Guildford', '2013-04-19')).toEqual(['2013-12-03']);
    expect(times('Please use version 2.5.13 of the template.', '2013-04-19')).toEqual([]);
    expect(times('as set out in paragraph 4.1.13 of the guidance', '2013-04-19')).toEqual([]);
    expect(times('the 2.5.13 release', '2019-12-06')).toEqual([]);
  });

  it('puts a time in brackets on the date before it', () => {
    expect(times('The workshop is on 30.4.13 (09.30-12.30) in Reading.', '2013-04-19')).toEqual(['2013-04-30 09:30-12:30']);
    expect(times('on 30 April 2013 (10am – 12pm)', '2013-04-19')).toEqual(['2013-04-30 10:00-12:00']);
  });

  it('makes one date per day of a short range, the first day of a long one', () => {
    expect(times('18-19 March 2021')).toEqual(['2021-03-18', '2021-03-19']);
    expect(times('Monday 12 – Friday 16 October 2020')).toEqual(['2020-10-12', '2020-10-13', '2020-10-14', '2020-10-15', '2020-10-16']);
    expect(times('from Tuesday 3 to Wednesday 4 March 2020')).toEqual(['2020-03-03', '2020-03-04']);
    // The end day's weekday cut short, as 2026 editors type it.
    expect(times('from Sat 7 to Sun 8 Feb', '2026-01-09')).toEqual(['2026-02-07', '2026-02-08']);
    expect(times('Mon 18 – Tues 19 May', '2026-03-20')).toEqual(['2026-05-18', '2026-05-19']);
    expect(times('1-30 June 2021')).toEqual(['2021-06-01']);
  });

  it.each([
    ['Thursday 20 March 2025', '2025-03-20'],
    ['1st December 2023', '2023-12-01'],
    ['the 6 December 2019', '2019-12-06'],
    ['22nd of June 2022', '2022-06-22'],
    ['06/12/2019', '2019-12-06'],
    ['2019-12-06', '2019-12-06'],
  ])('reads "%s"', (text, date) => {
    expect(times(text)).toEqual([date]);
  });

  it('takes the year nearest the issue date when none is written', () => {
    expect(times('on 15 January', '2019-12-20')).toEqual(['2020-01-15']);
    expect(times('met on 10 December', '2020-01-10')).toEqual(['2019-12-10']);
    expect(times('in June', '2019-12-20')).toEqual(['2020-06']);
    expect(times('Sept 2020', '2019-12-20')).toEqual(['2020-09']);
  });

  it('without an issue date keeps full dates and skips those without a year', () => {
    expect(times('on 15 January and on 3 March 2021', null)).toEqual(['2021-03-03']);
    const result = datesOf(null, 'Network meeting – 15 January', 'The next meeting is on 3 March 2021.');
    expect(rows(result)).toEqual(['2021-03-03 | - | - | - | - | -']);
  });

  it('keeps a date whose weekday disagrees, with a weekday-mismatch warning', () => {
    const result = datesOf('2019-12-20', 'SEND response', 'The scoping meeting for this work took place on Wednesday 16 December and was chaired by the lead.');
    expect(result.events.map((e) => e.date)).toEqual(['2019-12-16']);
    expect(result.warnings).toEqual([
      {
        code: 'weekday-mismatch',
        message: expect.stringMatching(/2019-12-16 is a Monday, not a Wednesday/),
        source: 'test.txt',
        line: 2,
      },
    ]);
    expect(datesOf('2019-12-20', 'Network meeting', 'The meeting is on Monday 16 December 2019.').warnings).toEqual([]);
  });
});

describe('parts of the day', () => {
  it('keeps the date of "an evening on <date>", which chrono merged away', () => {
    expect(times('an online information evening on Thursday 22 October 2020 from 6.30pm.')).toEqual(['2020-10-22 18:30-']);
    expect(times('a morning on Tuesday 3 March 2020.')).toEqual(['2020-03-03']);
    expect(times('the evening session starts at 6.30pm')).toEqual([]);
  });
});

describe('numbers next to a real date are not read as times or dates', () => {
  // Each sentence holds a real date, so chrono does run on it (text without a month
  // name or clock time is never parsed at all).
  it.each([
    ['Teams from 5 SE authorities met on 5 March 2020.', '2020-03-05'],
    ['The 16 to 18 results were discussed on 5 March 2020.', '2020-03-05'],
    ['Preparation should begin now for 5 March 2020.', '2020-03-05'],
    ['Rates above the 0.07% threshold were reviewed on 5 March 2020.', '2020-03-05'],
    ['The fee of £1,250.00 is due on 5 March 2020.', '2020-03-05'],
    ['In 5 days, on 5 March 2020, and again 3 weeks later.', '2020-03-05'],
    ['Next week, on 5 March 2020, the group meets.', '2020-03-05'],
  ])('%j has only its date', (sentence, date) => {
    expect(findMentions(sentence, ISSUE)).toEqual({
      dates: [expect.objectContaining({ date, start: null, end: null })],
      times: [],
    });
  });
});

