import { describe, expect, it } from 'vitest';
import { mergeIssues } from '../../src/merge/index.js';
import { Document } from '../../src/schema.js';
import { contact, deadline, event, issue, item, publication } from './factories.js';

describe('mergeIssues on one issue', () => {
  it('gives one item per entry with one occurrence and a valid document', () => {
    const doc = mergeIssues([
      issue(381, '2019-12-06', {
        items: [item('Workshops on data', 'Three workshops.', { events: [event('2019-12-18')] }), item('Blueprint', 'A new model.')],
        publications: [publication('Survey', '2019-11-19')],
        contacts: [contact('Ann Lee', { role: 'Lead', phone: '+447925148597' })],
        warnings: [{ code: 'weekday-mismatch', message: 'm', source: 's.txt', line: 3 }],
      }),
    ]);
    expect(Document.parse(doc)).toEqual(doc);
    expect(doc.items.map((i) => i.title)).toEqual(['Workshops on data', 'Blueprint']);
    expect(doc.items[0]?.occurrences).toEqual([
      { issue: 381, date: '2019-12-06', section: 'new', source: 'update-381-2019-12-06.txt', line: 10 },
    ]);
    expect(doc.items[0]?.firstSeen).toBe(381);
    expect(doc.items[0]?.lastSeen).toBe(381);
    expect(doc.items[0]?.revisions).toEqual([]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]?.itemId).toBe(doc.items[0]?.id);
    expect(doc.publications.map((p) => [p.title, p.firstSeen, p.itemId])).toEqual([['Survey', 381, null]]);
    expect(doc.contacts.map((c) => [c.name, c.history.length])).toEqual([['Ann Lee', 1]]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['weekday-mismatch']);
  });
});

describe('mergeIssues across issues', () => {
  it('merges a repeated reminder into one item in issue order, whatever the input order', () => {
    const a = issue(381, '2019-12-06', { items: [item('Complex LAC Project', 'An event in London.')] });
    const b = issue(383, '2019-12-20', { items: [item('Complex LAC Project', 'An event in London.', { section: 'reminder' })] });
    const doc = mergeIssues([b, a]);
    expect(doc.issues.map((i) => i.number)).toEqual([381, 383]);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.occurrences.map((o) => [o.issue, o.section])).toEqual([
      [381, 'new'],
      [383, 'reminder'],
    ]);
    expect(doc.items[0]?.section).toBe('reminder');
    expect(doc.items[0]?.revisions).toEqual([]);
  });

  it('keeps an extended deadline with the older one superseded', () => {
    const doc = mergeIssues([
      issue(1, '2022-04-01', { items: [item('Call for bids', 'Bids by 22 April.', { deadlines: [deadline('2022-04-22')] })] }),
      issue(2, '2022-04-08', { items: [item('Call for bids', 'Bids by 29 April.', { deadlines: [deadline('2022-04-29')] })] }),
    ]);
    expect(doc.deadlines.map((d) => [d.date, d.superseded])).toEqual([
      ['2022-04-22', true],
      ['2022-04-29', false],
    ]);
  });

  it('records event status changes and the text diff in revisions', () => {
    const doc = mergeIssues([
      issue(381, '2019-12-06', {
        items: [item('Workshops', 'Held on 18 December – book here', { events: [event('2019-12-18', { label: 'Permanency Planning', status: 'booking-open' })] })],
      }),
      issue(383, '2019-12-20', {
        items: [item('Workshops', 'Held on 18 December – (already held)', { events: [event('2019-12-18', { label: 'Permanency Planning', status: 'held' })] })],
      }),
    ]);
    expect(doc.items[0]?.revisions).toEqual([
      {
        issue: 383,
        date: '2019-12-20',
        diff: '… 18 December [-book here-] {+(already held)+}',
        statusChanges: ['2019-12-18 Permanency Planning: booking-open → held'],
      },
    ]);
    expect(doc.events.map((e) => e.status)).toEqual(['held']);
  });

  it('keeps a phone a later issue omits and records role changes in history', () => {
    const doc = mergeIssues([
      issue(1, '2020-01-03', { contacts: [contact('Ann Lee', { role: 'Lead', organisation: 'SESLIP', phone: '+447925148597' })] }),
      issue(2, '2020-01-10', { contacts: [contact('ann  LEE', { role: 'Lead', organisation: 'SESLIP' })] }),
      issue(3, '2020-01-17', { contacts: [contact('Ann Lee', { role: 'Programme Manager', organisation: 'SESLIP' })] }),
    ]);
    expect(doc.contacts).toHaveLength(1);
    const [c] = doc.contacts;
    expect(c?.phone).toBe('+447925148597');
    expect(c?.role).toBe('Programme Manager');
    expect(c?.history).toEqual([
      { issue: 1, role: 'Lead', organisation: 'SESLIP' },
      { issue: 3, role: 'Programme Manager', organisation: 'SESLIP' },
    ]);
  });

  it('lists a publication repeated across Tools & Templates lists once, typos included', () => {
    const doc = mergeIssues([
      issue(1, '2019-12-06', { publications: [publication('ADCS 2019 Elective Home Education Survey', '2019-11-19')] }),
      issue(2, '2019-12-13', { publications: [publication('ADCS 2019 Elective Home Educaton Survey', '2019-11-19')] }),
      issue(3, '2019-12-20', {
        publications: [publication('ADCS 2019 elective home education survey.', '2019-11-19'), publication('ADCS 2019 Elective Home Education Survey', '2019-11-20')],
      }),
    ]);
    expect(doc.publications.map((p) => [p.date, p.firstSeen])).toEqual([
      ['2019-11-19', 1],
      ['2019-11-20', 3],
    ]);
  });

  it('sets itemId on a publication announced inside an item', () => {
    const doc = mergeIssues([
      issue(1, '2019-12-06', { items: [item('New report', 'NCB published a report.', { publications: [publication('A report', '2019-12-01')] })] }),
    ]);
    expect(doc.publications[0]?.itemId).toBe(doc.items[0]?.id);
  });
});

describe('archive warnings', () => {
  it('reports gaps, duplicate numbers and dates going backwards, and does not double-count', () => {
    const entry = () => item('Same entry', 'Same text.');
    const doc = mergeIssues([
      issue(10, '2020-01-03', { items: [entry()] }),
      issue(11, '2020-01-10', { items: [entry()], source: 'a/update-11.txt' }),
      issue(11, '2020-01-10', { items: [entry()], source: 'b/update-11.txt' }),
      issue(14, '2020-01-02', { items: [entry()] }),
    ]);
    expect(doc.issues).toHaveLength(4);
    expect(doc.warnings.map((w) => [w.code, w.source, w.line])).toEqual([
      ['duplicate-issue', 'b/update-11.txt', null],
      ['missing-issue', 'update-14-2020-01-02.txt', null],
      ['date-order', 'update-14-2020-01-02.txt', null],
    ]);
    expect(doc.warnings[1]?.message).toContain('12–13');
    // Two messages of one issue in an mbox: the same file, named once.
    const twice = mergeIssues([issue(11, '2020-01-10', { source: 'list.mbox' }), issue(11, '2020-01-10', { source: 'list.mbox' })]);
    expect(twice.warnings.map((w) => w.message)).toEqual(['issue 11 is twice in list.mbox']);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]?.occurrences.map((o) => o.issue)).toEqual([10, 11, 14]);
  });
});

describe('ids', () => {
  const early = issue(1, '2020-01-03', {
    items: [item('Workshops', 'Three workshops.', { events: [event('2020-02-01')], deadlines: [deadline('2020-01-20')] })],
    publications: [publication('Survey', '2019-12-01')],
    contacts: [contact('Ann Lee')],
  });
  const middle = issue(2, '2020-01-10', { items: [item('Workshops', 'Three workshops.'), item('Blueprint', 'A model.')] });
  const late = issue(3, '2020-01-17', { items: [item('Workshops', 'Three workshops.'), item('Late news', 'Late.')], contacts: [contact('Bo Ray')] });
  const ids = (d: ReturnType<typeof mergeIssues>) =>
    [...d.items, ...d.events, ...d.deadlines, ...d.publications, ...d.contacts].map((r) => r.id);

  it('are the same in any input order', () => {
    expect(ids(mergeIssues([late, early, middle]))).toEqual(ids(mergeIssues([early, middle, late])));
  });

  it('do not change when a later issue is added', () => {
    const before = ids(mergeIssues([early, middle]));
    const after = ids(mergeIssues([middle, late, early]));
    expect(after.filter((id) => before.includes(id))).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });

  it('differ for the same title twice in one issue', () => {
    const doc = mergeIssues([issue(1, '2020-01-03', { items: [item('Update', 'One.'), item('Update', 'Two.')] })]);
    expect(new Set(doc.items.map((i) => i.id)).size).toBe(2);
  });
});

describe('events and deadlines across sightings', () => {
  it('keeps a deadline a shortened reminder leaves out, and a location a later sighting omits', () => {
    const doc = mergeIssues([
      issue(1, '2022-04-01', {
        items: [item('Call for bids', 'Bids by 22 April.', { deadlines: [deadline('2022-04-22')], events: [event('2022-05-03', { location: 'Leeds' })] })],
      }),
      issue(2, '2022-04-08', { items: [item('Call for bids', 'Bids by 22 April.', { events: [event('2022-05-03', { text: 'newer' })] })] }),
    ]);
    expect(doc.deadlines.map((d) => d.superseded)).toEqual([false]);
    expect(doc.events.map((e) => [e.location, e.text])).toEqual([['Leeds', 'newer']]);
  });

  it('keeps events with the same date but different start times apart', () => {
    const doc = mergeIssues([
      issue(1, '2020-01-03', {
        items: [item('Project day', 'Two parts.', { events: [event('2020-01-17', { start: '09:30' }), event('2020-01-17', { start: '14:00' })] })],
      }),
    ]);
    expect(doc.events.map((e) => e.start)).toEqual(['09:30', '14:00']);
    expect(new Set(doc.events.map((e) => e.id)).size).toBe(2);
  });
});

describe('event status across sightings', () => {
  const sightings = (...events: Array<Parameters<typeof event>[1]>) =>
    events.map((over, k) => issue(k + 1, `2020-12-${String(4 + 7 * k).padStart(2, '0')}`, { items: [item('Away day', 'The away day.', { events: [event('2021-01-14', over)] })] }));

  it('merges a later mention without a start time into the only event of that date', () => {
    const doc = mergeIssues(sightings({ start: '09:30', end: '15:30', status: 'upcoming' }, { status: 'postponed' }));
    expect(doc.events.map((e) => [e.start, e.end, e.status])).toEqual([['09:30', '15:30', 'postponed']]);
    expect(doc.items[0]?.revisions.map((r) => r.statusChanges)).toEqual([['2021-01-14 09:30: upcoming → postponed']]);
  });

  it('does not let a time-derived "past" overwrite "held" or count as a change', () => {
    const doc = mergeIssues(sightings({ status: 'booking-open' }, { status: 'past' }, { status: 'held' }, { status: 'past' }));
    expect(doc.events.map((e) => e.status)).toEqual(['held']);
    expect(doc.items[0]?.revisions.map((r) => r.statusChanges)).toEqual([['2021-01-14: booking-open → held']]);
  });
});
