// Edited pairs that must merge and near misses that must not, run through mergeIssues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIssues } from '../../src/merge/index.js';
import { bodySimilarity, gapDays, sameEntry, features, type Features } from '../../src/merge/similarity.js';
import { jaccard, sharedCount, wordShingles } from '../../src/merge/text.js';
import { fold } from '../../src/ids.js';
import { issue, item } from './factories.js';
import type { SightedItem } from '../../src/model.js';

const MEETING_2019 =
  'The next meeting of the AD Education Network will be on Friday 24th January 2020 – 10.30-12.30. For more details of this meeting and the network activity please click here or contact Chris Owen (details below). The following dates have also been fixed: 6 March 2020, 5 June 2020 and 25 September 2020.';
const MEETING_2020 =
  'The next meeting of the AD Education Network will be held virtually on Thursday 21st January 2021 – 14.00-16.00 on Teams. The agenda covers recovery planning, attendance of vulnerable learners and the elective home education survey. Papers will be circulated a week before; please contact Chris Owen.';
const WORKSHOPS =
  'The board is undertaking a review of whether we are making good use of all the data that is already collected in relation to children in care. As part of this review they are running three workshops which will be held at the Campus in London on 18 December 2019 (Permanency Planning) – book here, 31 January 2020 (Securing Permanency) – book here and 14 February 2020 (Maintaining Permanency) – book here.';
const WORKSHOPS_EDITED =
  'The board is undertaking a review of whether we are making good use of the data already collected in relation to children in care. As part of this review they are running three workshops which will be held at the Campus in London on 18 December 2019 (Permanency Planning) – (already held), 31 January 2020 (Securing Permanency) – book here and 14 February 2020 (Maintaining Permanency) – book here.';

const MEETING_2020_DATES_ONLY = MEETING_2019.replace('Friday 24th January 2020 – 10.30-12.30', 'Friday 22nd January 2021 – 10.00-12.00')
  .replace('6 March 2020, 5 June 2020 and 25 September 2020', '5 March 2021, 4 June 2021 and 24 September 2021');

/** One sighting: [issue number, issue date, title, body]. */
type Sight = [number, string, string, string];

/** How many items two sightings become, and the issues of each. */
function merged(a: Sight, b: Sight): Array<Array<number | null>> {
  const doc = mergeIssues([a, b].map(([n, date, title, body]) => issue(n, date, { items: [item(title, body)] })));
  return doc.items.map((i) => i.occurrences.map((o) => o.issue));
}

const DATA = 'Making Better Use of Data Workshops';
const NEXT = 'AD Education Network – next meeting';

describe('entries that must merge', () => {
  it.each<[string, Sight, Sight]>([
    ['a title typo', [381, '2019-12-06', 'AD Education Networ – next meeting', MEETING_2019], [383, '2019-12-20', NEXT, MEETING_2019]],
    ['an edited body under the same title', [381, '2019-12-06', DATA, WORKSHOPS], [383, '2019-12-20', DATA, WORKSHOPS_EDITED]],
    ['a retitled reminder cut down to its first half', [381, '2019-12-06', DATA, WORKSHOPS], [383, '2019-12-20', 'Data Workshops – reminder', WORKSHOPS.slice(0, WORKSHOPS.length / 2)]],
    [
      'a retitled reminder cut down to its first third',
      [381, '2019-12-06', DATA, WORKSHOPS],
      [383, '2019-12-20', 'Reminder: permanency sessions', WORKSHOPS.slice(0, Math.floor(WORKSHOPS.length / 3))],
    ],
    ['a retitled entry whose body is unchanged', [381, '2019-12-06', 'Hold the date: workshops on permanence', WORKSHOPS], [382, '2019-12-13', 'Coram data review – booking now open', WORKSHOPS]],
    ['an unchanged reminder resumed after a four-month break', [381, '2019-12-06', DATA, WORKSHOPS], [399, '2020-04-17', DATA, WORKSHOPS]],
    ['a reminder whose original issue is missing, across the gap', [381, '2019-12-06', DATA, WORKSHOPS], [384, '2020-01-03', DATA, WORKSHOPS_EDITED]],
  ])('%s', (_, a, b) => {
    expect(merged(a, b)).toEqual([[a[0], b[0]]]);
  });

  it('a reminder seen only in reminders, its original not in the archive, is one item', () => {
    const doc = mergeIssues([
      issue(384, '2020-01-03', { items: [item(DATA, WORKSHOPS, { section: 'reminder' })] }),
      issue(385, '2020-01-10', { items: [item(DATA, WORKSHOPS_EDITED, { section: 'reminder' })] }),
    ]);
    expect(doc.items.map((i) => [i.firstSeen, i.lastSeen, i.section])).toEqual([[384, 385, 'reminder']]);
  });
});

describe('near misses that must stay apart', () => {
  it.each<[string, Sight, Sight]>([
    ['the same title a year apart with new text', [381, '2019-12-06', NEXT, MEETING_2019], [430, '2020-12-04', NEXT, MEETING_2020]],
    ['the same title a year apart, only the dates changed', [381, '2019-12-06', NEXT, MEETING_2019], [430, '2020-12-04', NEXT, MEETING_2020_DATES_ONLY]],
    ['a generic title reused within weeks for another announcement', [381, '2019-12-06', 'Consultation', MEETING_2019], [383, '2019-12-20', 'Consultation', WORKSHOPS]],
    ['a title one word apart with a different body', [381, '2019-12-06', 'AD Education Network – reports from 6 December meeting', MEETING_2019], [383, '2019-12-20', 'AD Safeguarding Network – reports from 6 December meeting', WORKSHOPS]],
  ])('%s', (_, a, b) => {
    expect(merged(a, b)).toEqual([[a[0]], [b[0]]]);
  });

  it('two entries of one issue, even with the same title and text', () => {
    const doc = mergeIssues([issue(381, '2019-12-06', { items: [item('Dates', WORKSHOPS), item('Dates', WORKSHOPS)] })]);
    expect(doc.items).toHaveLength(2);
  });
});

describe('similarity measures', () => {
  const f = (it: SightedItem, date: string) => features(it, date, null);

  it('scores a cut-down body by containment as well as Jaccard', () => {
    const full = wordShingles(fold(WORKSHOPS));
    const half = wordShingles(fold(WORKSHOPS.slice(0, WORKSHOPS.length / 2)));
    expect(bodySimilarity(full, half)).toBeGreaterThan(0.7);
    expect(bodySimilarity(full, wordShingles(fold(MEETING_2020)))).toBeLessThan(0.1);
    expect(bodySimilarity(full, wordShingles('too short'))).toBeNull();
  });

  it('ranks the closer of two qualifying entries higher', () => {
    const next = f(item('Data Workshops', WORKSHOPS_EDITED), '2019-12-20');
    const exact = sameEntry(f(item('Data Workshops', WORKSHOPS_EDITED), '2019-12-13'), next);
    const edited = sameEntry(f(item('Data Workshops', WORKSHOPS), '2019-12-13'), next);
    expect(exact).not.toBeNull();
    expect(edited).not.toBeNull();
    expect(exact as number).toBeGreaterThan(edited as number);
  });
});

describe('sameEntry', () => {
  // The rule of matcher.ts's header, stated directly: every score and threshold decided
  // from the full body similarity, which sameEntry only bounds when it cannot qualify.
  function byTheRule(prev: Features, next: Features): number | null {
    const t = prev.foldedTitle === next.foldedTitle ? 1 : jaccard(prev.title, next.title);
    const b = bodySimilarity(prev.body, next.body);
    const score = t + (b ?? t);
    if (gapDays(prev, next) > 92) return t >= 0.45 && b !== null && b >= 0.85 ? score : null;
    if (t >= 0.85 && (b === null || b >= 0.15)) return score;
    if (b === null) return null;
    if ((t >= 0.45 && b >= 0.45) || b >= 0.75) return score;
    const smaller = Math.min(prev.body.length, next.body.length);
    const opening = prev.lead !== null && prev.lead === next.lead;
    return t < 0.45 && opening && smaller >= 16 && sharedCount(prev.body, next.body) / smaller >= 0.9 ? score : null;
  }
  // A pair of shingle sets: the second the first with a few elements dropped and added,
  // so that similarities fall on both sides of every threshold.
  const sorted = (xs: number[]) => Uint32Array.from(new Set(xs)).sort();
  const edited = (max: number) =>
    fc
      .tuple(fc.array(fc.nat(1000), { maxLength: max }), fc.nat(max), fc.array(fc.nat(1000), { maxLength: max / 2 }))
      .map(([base, kept, added]) => [sorted(base), sorted([...base.slice(0, kept), ...added])] as const);
  const pair = fc
    .tuple(edited(12), edited(40), fc.boolean(), fc.constantFrom(null, 'same', 'other'), fc.nat(200), fc.nat(200))
    .map(([[t1, t2], [b1, b2], sameTitle, opening, d1, d2]): [Features, Features] => {
      const f = (title: Uint32Array, body: Uint32Array, name: string, day: number, lead: string | null = opening && 'same'): Features => ({
        foldedTitle: name,
        lead,
        title,
        titleWords: title,
        body,
        day,
        issue: null,
      });
      return [f(t1, b1, 'a', d1), f(t2, b2, sameTitle ? 'a' : 'b', d2, opening)];
    });

  it('takes a retitled reminder cut down to its opening, not one cut from its middle', () => {
    const original = features(item(DATA, WORKSHOPS), '2019-12-06', 381);
    const third = Math.floor(WORKSHOPS.length / 3);
    const opening = features(item('Reminder: permanency sessions', WORKSHOPS.slice(0, third)), '2019-12-20', 383);
    const middle = features(item('Reminder: permanency sessions', WORKSHOPS.slice(third, 2 * third)), '2019-12-20', 383);
    expect(sameEntry(original, opening)).not.toBeNull();
    expect(sameEntry(original, middle)).toBeNull();
  });

  it('decides and scores every pair as the rule does', () => {
    fc.assert(fc.property(pair, ([prev, next]) => sameEntry(prev, next) === byTheRule(prev, next)), { numRuns: 20_000 });
  });
});

describe('assignment within an issue', () => {
  it('gives an entry the sighting most like it, not the first in the file', () => {
    const x = `${WORKSHOPS} ${MEETING_2019}`;
    const partly = `${WORKSHOPS.slice(0, 150)} ${MEETING_2020}`;
    const doc = mergeIssues([
      issue(1, '2020-01-03', { items: [item('Network news', x)] }),
      issue(2, '2020-01-10', { items: [item('Network news', partly, { line: 5 }), item('Network news', x, { line: 9 })] }),
    ]);
    expect(doc.items.map((i) => [i.update === x, i.occurrences.map((o) => [o.issue, o.line])])).toEqual([
      [true, [[1, 10], [2, 9]]],
      [false, [[2, 5]]],
    ]);
  });
});
