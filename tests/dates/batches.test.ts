// readDates reads most windows without chrono and batches the rest; whatever shares its
// batch, every window must read as it does alone (readWindow), and each text's results
// come in the order of its windows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atEdge, chronoDates, readDates, readWindow, windows } from '../../src/dates/chrono.js';
import type { DateResult } from '../../src/dates/fast/result.js';

const SEPARATOR = '\n¶\n';
const REFERENCE = new Date('2020-01-10T12:00:00Z');

/** The reading of each window of each text, alone. */
const aloneReadDates = (texts: string[], reference: Date): DateResult[][] =>
  texts.map((text) =>
    windows(text).flatMap(([from, to]) => readWindow(text.slice(from, to), reference).map((result) => Object.assign(result, { index: result.index + from }))),
  );

const COMPONENTS = ['day', 'month', 'year', 'weekday', 'hour', 'minute'] as const;
const parts = (c: DateResult['start'] | null | undefined) => (c ? COMPONENTS.map((k) => (c.isCertain(k) ? c.get(k) : '-')).join(',') : null);
const shapes = (all: DateResult[][]) => all.map((results) => results.map((r) => `${r.index}:${r.text}:${parts(r.start)}:${parts(r.end)}`));

const PHRASES = [
  'The next meeting is on 29 July, 10.00-12.00 via Microsoft Teams.',
  'Please submit the return by 5pm on 4 March.',
  'first regional conference online on 24 and 12 August 2021.',
  'The returns will be collated in January',
  'Legal teams may wish to review current orders',
  'Research in Practice – March second',
  'May',
  'noon meeting on 5 June',
  '(Friday 5 June 2020)',
  'Part 1 9.30-13.30 – DCS and Chief Financial',
  'SESLIP Peer Challenge Training – 28 October and 29 October 2038',
  'Workshops will be held on 9 February (am and pm) and 20 February (am only) via Zoom.',
  'from 4 SE authorities are currently above the 0.07% threshold',
  'The Data Group will meet on Friday 22 September 2023, 9.30 for a 10.00 start, at Woodhatch Place,',
  'Hold the date: Wednesday, 5 February',
  'starting in Sept.',
  'between 24 November and 5 December',
  'we expect it in June of',
  '13 January 2021, 2pm to 4pm West Sussex',
  'AD Safeguarding Network Thursday 29 February 2052 10.00-12.00 via Microsoft Teams',
  'Future dates have been set for 8 July and 9 September 2020, both 10.00-12.00.',
  'no later than 9 April, with a long tail of words that pushes windows apart and fills batches up quickly',
];

describe('readDates', () => {
  it('reads every window as it reads alone, in text order, whatever shares its batch', () => {
    const text = fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 4 }).map((phrases) => phrases.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 60 }), (texts) => {
        expect(shapes(readDates(texts, REFERENCE))).toEqual(shapes(aloneReadDates(texts, REFERENCE)));
      }),
      { numRuns: 300, seed: 20_191_206 },
    );
  });
});

// A window whose results change with a separator before or after it, as in a batch, must
// be one atEdge flags: readDates reads those alone.
describe('atEdge', () => {
  const read = (window: string, lead: string, tail: string) =>
    chronoDates(lead + window + tail, REFERENCE)
      .filter((r) => r.index >= lead.length && r.index + r.text.length <= lead.length + window.length)
      .map((r) => `${r.index - lead.length}:${r.text}:${parts(r.start)}:${parts(r.end)}`)
      .join('|');

  it('flags every window that reads differently at the edge of a batch', () => {
    const token = fc.constantFrom(
      'June', 'Jun', 'Jun.', 'Sept.', 'may', 'May', 'in', 'of', ',', '-', '5', '15th', '2020', '20', 'second', 'twenty-first', 'to', 'Friday', '(Friday',
      ',Friday', '(', 'on', 'at', '10.30', '2pm', 'noon', 'morning', 'this', 'next', 'week', '(BST)', 'West', 'x', '.',
    );
    const window = fc.array(token, { minLength: 1, maxLength: 6 }).chain((tokens) => fc.constantFrom(' ', '').map((joint) => tokens.join(joint)));
    fc.assert(
      fc.property(window, (text) => {
        const alone = read(text, '', '');
        const same = [read(text, '', SEPARATOR), read(text, SEPARATOR, ''), read(text, SEPARATOR, SEPARATOR)].every((r) => r === alone);
        return same || atEdge(text);
      }),
      { numRuns: 5_000, seed: 20_200_301 },
    );
  });
});
