// plainDate, quietDate and the readers built on a plain date (src/dates/fast/plain-date.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../src/dates/chrono.js';
import { dateList, dateThenMonth, plainDate, quietDate, readPlain } from '../../../src/dates/fast/plain-date.js';
import { REFERENCE, agreesWithChrono, shape, timed } from './agrees.js';

const PLAIN = [
  '18 December 2019',
  'The meeting will be held on Friday 24th January 2020 at County Hall',
  'closing date 30 October.',
  'Regional Kinship Care Conference – 7th May 2032',
  'Hold the date: Wednesday, 5 February',
  'On Monday 3 February the group meets',
  'Nominations close on 9 July.',
];
const DECLINED = [
  'Friday 24 January 2020, 10.00',
  'on 27, 28 January 2020',
  'by the end of 30 March',
  'the morning of 5 March',
  'meeting (Friday 24 January)',
  'meeting ,on Friday 24 January',
  'from 5 March to 7 March',
  '5 March 2020 (BST)',
  'in May and 5 June',
  '31 April 2020',
  '29 February 2040',
];

describe('plainDate', () => {
  it.each(PLAIN)('reads "%s" as chrono does', (text) => {
    const fast = plainDate(text);
    expect(fast).toBeDefined();
    expect(fast?.map(shape)).toEqual(chronoDates(text, REFERENCE).map(shape));
  });

  it.each(DECLINED)('leaves "%s" to chrono', (text) => {
    expect(plainDate(text)).toBeUndefined();
  });
});

const TIMED = [
  'Friday 24 January 2020, 10.00-12.00',
  'Wednesday 8 December 2021 10.30-12.30 – book here',
  'Wednesday 8 December 10.30-12.30 via Zoom',
  '13 January 2021, 2pm to 4pm.',
  'on Friday 1st December 2023, 9.30-15.30 at County Hall',
  'Thursday 28 February 2019, 9:00-4:30',
  '3 March, 1.30-3.30, online',
  '3 March – 10am–11.30am',
  '3 March 2022 from 2–4pm',
  '5 May 2022,\t9pm to 11pm,\tonline',
];
const TIMED_DECLINED = [
  '3 March 2–4pm',
  '3 March 2022,2pm to 4pm',
  '3 March 2022, 2 pm to 4 pm',
  '3 March 2022, 10.30-12.30 hrs',
  '3 March 2022, 10.30-12.30 (BST)',
  '3 March 2022, 10am-12.30',
  '3 March 2022, 10.30-12.30 and 14.00-16.00',
  '3 March 2022, 9.30 for a 10.00 start',
  '3 March 2022, 11-1pm',
  '3 March 2022, 10.30-12.30noon',
  '3 March 2022, 10.30 until 12.30',
  // A time after ", both": plainDate leaves it to quietDate.
  '8 July 2020, both 10.00-12.00.',
];

describe('plainDate with a time range', () => {
  it.each(TIMED)('reads "%s" as chrono does', (text) => {
    const fast = plainDate(text);
    expect(fast?.[0]?.end).toBeDefined();
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each(TIMED_DECLINED)('leaves "%s" to chrono', (text) => {
    expect(plainDate(text)).toBeUndefined();
  });

  it('agrees with chrono on generated date and time strings, or declines', () => {
    const hour = fc.constantFrom('0', '1', '2', '5', '6', '7', '9', '09', '10', '11', '12', '13', '17', '23', '24');
    const minute = fc.constantFrom('', '.00', '.30', ':15', ':45', '.60');
    const meridiem = fc.constantFrom('', 'am', 'pm', 'PM', ' pm');
    const time = fc.tuple(hour, minute, meridiem).map((parts) => parts.join(''));
    const text = fc
      .tuple(
        fc.constantFrom('Wednesday 8 December', '13 January 2021', 'on Friday 1st December 2023', '3 March', 'Closes 9 May 2024'),
        fc.constantFrom(' ', ', ', ' – ', ' - ', ' from ', ',\t', '\t', '    ', ', – ', ',', ' at ', '. ', ', both ', ' both ', ', both from ', ', Both '),
        time,
        fc.constantFrom('-', '–', ' - ', ' – ', ' to ', 'to', ' until '),
        time,
        fc.constantFrom('', '.', ' at County Hall', ' – book here', ', online', ' hrs', ' (GMT)', ' noon', ' 5', '%', " o'clock", 'x', ' for a start'),
      )
      .map((parts) => parts.join(''));
    // The generator must exercise the fast path, not only its refusals.
    agreesWithChrono(plainDate, text, { seed: 20_191_218, least: 300, counted: (fast) => Boolean(fast[0]?.end) });
  });
});

describe('quietDate', () => {
  it.each([
    'The next meeting is on 29 July, 10.00-12.00 via Microsoft Teams.',
    'for this work took place on Wednesday 14 June and was chaired by the lead',
    'should confirm its plans no later than 9 April.',
    'Principal Social Workers Network on Tuesday 12 February 2019, 10.00-12.00 will now take place at Woodhatch',
    'the expression of interest form, closing week 7 December.',
    'Future dates are 8 July 2020, both 10.00-12.00.',
    'The Data Group will meet on Friday 22 September 2023, 9.30 for a 10.00 start, at Woodhatch Place,',
    'on 3 March, 1.30pm for a 2pm start',
    'on 3 March, 1.30 for a 2am start',
    'will meet on Thursday 29 February 2040, 9.30-12.00 at County Hall',
  ])('reads "%s" as chrono does, past words plainDate refuses', (text) => {
    expect(plainDate(text)).toBeUndefined();
    expect(quietDate(text)?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each([
    'meeting next Friday 24 January 2020',
    'two days (Friday 24 January 2020',
    'two days , Friday 24 January 2020',
    'deux é, Friday 24 January 2020',
    'meeting on this Friday 24 January',
    '13 January 2021, 2pm to 4pm West Sussex',
    '13 January 2021, 2pm to 4pm eat',
    '13 January 2021 EAT',
    'on 5 June 2020 and in July',
    'on 5 June 2020 in the morning',
    'from 5 June 2020 to Friday',
    'on 5 June first thing',
    'on Friday 5 June of this year',
    'on 5 June 2020 at 10',
  ])('leaves "%s" to chrono', (text) => {
    expect(quietDate(text)).toBeUndefined();
  });

  it('agrees with chrono on generated sentences, or declines', () => {
    const words = fc.constantFrom(
      'é', 'days,', 'x(', 'showed', 'common', 'xFriday', 'onthisFriday', 'pastmon', 'on,Sun', 'éwed', '5Sat', 'the', 'next', 'meeting', 'is', 'on', 'this', 'last', 'week', 'end', 'of', 'now', 'later', 'no', 'in', 'at', 'by', 'via', 'and',
      'West', 'west', 'EAT', 'eat', 'GMT', 'BST', 'ET', 'et', 'Zoom', 'Teams', 'June', 'may', 'Mayor', 'Monday', 'money', 'month', 'morning',
      'tonight', 'fortnight', 'noon', 'weekend', 'Sun', 'satisfied', 'decide', 'market', 'injune', 'onFriday', 'first', 'second', 'twenty', 'often',
      'Janof', 'Junefirst', 'Fridaynext', 'ſaturday', '5', '2020', '(', ')', ',', '-', '–', '/', '_', '.', 'a', 'p', 'am', 'pm', 'hrs',
    );
    const phrase = fc.array(words, { maxLength: 4 }).map((parts) => parts.join(' '));
    const date = fc.constantFrom(
      '5 June', '24th January 2020', 'Friday 24 January 2020', 'Wednesday, 8 December', 'on Friday 1st December 2023', '3 March 2022, 10.30-12.30',
      '13 January 2021 – 2pm to 4pm', 'Thursday 28 February 2019, 9:00-4:30', '29 February 2020', '31 April 2020', '5 Sept. 2020',
      '5 June.', 'ſunday 5 June', '7 July, 9.30 - 13.30', '9 October 2020, 9.30 for a 10.00 start', '9 October, 1.30 for a 2am start',
      '9 October, 9 for a 10 start', '9 October 2020, 25.30 for an 11.00 start', '9 October 2020, 9.30am for a 10.60 start', '9 October, both 9.30-10.30',
      '9 October 2020 9.30 for a 10 start', '9 October, 11.30 for 12 noon start', '9 October, 9.30 for a 10.00 starter',
      'Friday 24 January 2150', '5 June 2105, 10.30-12.30', '5 June 1899', '5 June 3020',
    );
    const text = fc
      .tuple(phrase, fc.constantFrom(' ', '', ','), date, fc.constantFrom(' ', '', '.'), phrase)
      .map(([lead, before, middle, after, rest]) => `${lead}${lead ? before : ''}${middle}${rest ? after : ''}${rest}`);
    agreesWithChrono(quietDate, text, { seed: 20_200_724, least: 1_500 });
  });
});

describe('PlainDate.timeFirst', () => {
  const timeFirst = (text: string) => readPlain(text)?.timeFirst();

  it.each([
    ['Please submit the return by 5pm on 4 March.', '2020-03-04'],
    ['Nominations must reach us by 12pm on Friday 5 June 2020', '2020-06-05'],
    ['evaluation should be sent by 4.30pm on 20 June.', '2020-06-20'],
    ['week 9 return by 5pm on 4 March', '2020-03-04'],
  ])('reads "%s" as chrono does', (text) => {
    const fast = timeFirst(text);
    expect(fast).toHaveLength(1);
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each(['by 5pm On 4 March', 'at 5pm on 4 March', 'week 9 5pm on 4 March', 'week 9 and 5pm on 4 March', 'by 13pm on 4 March', 'by 10.30 on 4 March', 'by 5 pm on 4 March'])(
    'leaves "%s" to chrono',
    (text) => {
      expect(timeFirst(text)).toBeUndefined();
    },
  );

  it('agrees with chrono on generated text, or declines', () => {
    const word = fc.constantFrom('Please', 'submit', 'the', 'return', 'by', 'at', 'from', 'flat', 'on', 'On', 'before', 'this', 'next', 'T', '(', ',', '–', '.', 'West', 'et', 'via', 'may', 'June', 'Friday', 'noon', 'a', 'p', '5', '£');
    const phrase = fc.array(word, { maxLength: 3 }).map((words) => words.join(' '));
    const text = fc
      .tuple(
        phrase,
        fc.constantFrom(' ', '', 'T'),
        fc.constantFrom('5pm', '5PM', '12pm', '12am', '1am', '0am', '13pm', '5.30pm', '5:30pm', '5.60pm', '10.30', '5 pm', '5p.m.', '5-6pm', '05pm'),
        fc.constantFrom(' on ', ' on ', ' ', ' On ', ' at ', ', on ', 'on '),
        fc.constantFrom('20 June', '20 June.', '20 June 2021', 'Friday 5 June', 'Friday 5 June 2020', '31 April', '5th June'),
        fc.constantFrom(' ', '', '.', ','),
        phrase,
      )
      .map(([lead, joint, time, on, date, end, rest]) => `${lead}${lead ? joint : ''}${time}${on}${date}${rest ? end : ''}${rest}`);
    agreesWithChrono(timeFirst, text, { seed: 20_200_604, least: 1_000 });
  });
});

describe('dateThenMonth', () => {
  it.each([
    'On 9 April Research in Practice published Practice Matters: March 2020',
    'The deadline for nominations is 9 May and the ceremony will take place in July.',
    'on Friday 5 June 2020, 10.00-12.00, and again in July',
  ])('reads "%s" as chrono does', (text) => {
    const fast = dateThenMonth(text);
    expect(fast).toHaveLength(2);
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each(['9 October 2020, both 10.00-12.00 at March 2021', '9 April 2020 of Sept.', '9 April to May', 'On 9 April, May 2020', '9 April in May', 'On 9 April on Friday in May', 'On 9 April published June 5', 'In June, on 9 April'])(
    'leaves "%s" to chrono',
    (text) => {
      expect(dateThenMonth(text)).toBeUndefined();
    },
  );

  it('agrees with chrono on generated text, or declines', () => {
    const word = fc.constantFrom(
      'the', 'ceremony', 'published', 'Matters:', 'in', 'on', 'at', 'At', 'of', 'by', 'to', 'and', 'until', 'through', 'end', 'the end of', 'this', 'next', 'West',
      'EAT', 'Friday', 'morning', 'may', 'first', ',', '-', '–', '.', ':', '(', ')', '5', '15', '2020', 'a', 'pm',
    );
    const phrase = fc.array(word, { maxLength: 3 }).map((words) => words.join(' '));
    const date = fc.constantFrom(
      '9 April', 'On 9 April', 'Friday 24 January 2020', '5 June, 10.00-12.00', '5 June 2020, 9.30 for a 10.00 start', '31 April', '9 October 2020, both 10.00-12.00',
      '9 October 2020 – 10.00-12.00', '9 October 2020 from 10.00-12.00',
    );
    const month = fc.constantFrom('March 2020', 'July', 'in July', 'may', 'May', 'Jan', 'Sept.', 'June 5', 'June of 2020', 'July 2020 BST', 'in June,');
    const text = fc
      .tuple(phrase, date, phrase, month, fc.constantFrom('', '.', ' ', ','), phrase)
      .map(([lead, head, middle, tail, stop, rest]) => [lead, head, middle, tail + stop, rest].filter(Boolean).join(' '));
    agreesWithChrono(dateThenMonth, text, { seed: 20_200_409, least: 1_000 });
  });
});

describe('dateList', () => {
  it.each([
    'first regional conference online on 24 and 25 March 2021.',
    'SESLIP Peer Challenge Training – 28 October and 29 October 2038',
    'placements were made between 24 November and 5 December.',
    'The programme will run over three days on 27, 28 February and 17 May 2023 at The Wokefield Estate,',
    'Workshops will be held on 9 February (am and pm) and 20 February (am only) via Zoom.',
    'over two days on Thursday 23 April and Friday 24 April 2020, 9:00-4:30 each day, at Hampshire Fire',
    'over two days, Thursday 23 April and Friday 24 April 2020',
    '5 June 2020, 10.00-12.00 and 6 June 2020',
    'on Wednesday 9 October 2020, 9am–10.30am, online and on Wednesday 16 October 2020, 6–8pm, online.',
    'sessions on 14, 15 and 16 July 10.00–12.00 via Teams',
    'on 3 and 10 March from 9.30am to 12.30pm.',
    'on 24 and 25 March 2021 – 10.00-12.00',
    '24 and 25 March, 9.30 for a 10.00 start',
  ])('reads "%s" as chrono does', (text) => {
    const fast = dateList(text);
    expect(fast).toBeDefined();
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each([
    'from 5 June to 7 June',
    '5 June 2020, 10.00-12.00 to 6 June 2020',
    '9 October 2020, both 10.00-12.00, 24 March',
    '9 October 2020 – 10.00-12.00, 24 March',
    '5 June 20205 July',
    '24 and Friday 25 March',
    'on 5 June and in July',
    '5 June',
    'over two days , Thursday 23 April and Friday 24 April 2020',
    'Thursday 14th & Friday 15th July, 10am-12pm',
  ])(
    'leaves "%s" to chrono',
    (text) => {
      expect(dateList(text)).toBeUndefined();
    },
  );

  it('agrees with chrono on generated lists, or declines', () => {
    const word = fc.constantFrom('days,', 'é,', 'the', 'conference', 'online', 'on', 'between', 'and', 'in', 'at', 'via', 'Zoom', 'next', 'West', 'et', 'May', 'Friday', 'each day', 'to', '(am only)', ',', '.', '–', '&', '5', 'a', 'second', 'of');
    const phrase = fc.array(word, { maxLength: 3 }).map((words) => words.join(' '));
    const date = fc.constantFrom(
      '24 March', '25 March 2021', '28 October', 'Thursday 23 April', 'Friday 24 April 2020', '5 June', '1 May', '31 April', '29 February',
      '5 June 2020, 10.00-12.00', '7 July, 9:00-4:30', '12 May 2021, 2–4pm', '9 October 2020, both 10.00-12.00', '9 October, 9.30 for a 10.00 start',
      '9 October 2020 – 10.00-12.00', '9 October 2020 from 10.00-12.00', '9 October 2020 - 10.00-12.00', '5 June.', '17 July',
    );
    const joint = fc.constantFrom('', 'on ', ',', ' ', ' and ', ', ', ', and ', ' & ', ' (am and pm) and ', ' and on ', ' to ', ' - ', ' or ', '  and ', ' and the ceremony on ');
    const listed = fc.constantFrom('', '', '24 and ', '27, ', '24,', '27, 28 and ', '24th and ', '1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and ', '24 & ');
    const text = fc
      .tuple(phrase, listed, date, fc.array(fc.tuple(joint, date), { maxLength: 2 }), fc.constantFrom(' ', '', '.', ','), phrase)
      .map(([lead, days, head, rest, end, tail]) => `${lead}${lead ? ' ' : ''}${days}${head}${rest.map(([j, d]) => j + d).join('')}${tail ? end : ''}${tail}`);
    agreesWithChrono(dateList, text, { seed: 20_381_028, least: 1_000 });
  });

  it('agrees with chrono on days listed before a date with a time, or declines', () => {
    const word = fc.constantFrom('sessions', 'on', 'and', 'at', 'via', 'Teams', 'West', 'Friday', 'both', 'each day', 'to', ',', '.', '–', '&', '5', 'a', 'of');
    const phrase = fc.array(word, { maxLength: 3 }).map((words) => words.join(' '));
    const listed = fc.constantFrom('14 and ', '14th & ', '14, 15 and ', '14,', '3 and ', 'Thursday 14th & ', '14 &', '30, 31 and ');
    const date = fc.constantFrom('15th July', '16 July', '10 March', 'Friday 15th July', '16 July 2021', '31 April', '1 May');
    const time = fc.constantFrom(', 2-4pm', ' 10.00–12.00', ' from 9.30am to 12.30pm', ', 10am-12pm', ' – 10.00-12.00', ', both 10.00-12.00', ', 9.30 for a 10.00 start', ' 9.00-16.30', ' 10pm-2am', ' 2-4');
    const text = fc
      .tuple(phrase, listed, date, time, fc.constantFrom(' ', '', '.', ','), phrase)
      .map(([lead, days, head, clock, end, tail]) => `${lead}${lead ? ' ' : ''}${days}${head}${clock}${tail ? end : ''}${tail}`);
    // Counted: a listed day read with a time.
    agreesWithChrono(dateList, text, { seed: 20_220_714, least: 1_000, counted: (fast) => fast.length > 1 && fast[0]?.start.isCertain('hour') === true });
  });
});
