// The archive run in fixtures/archive (see its README): seven issues in mixed layouts,
// merged. The scorer checks every entity; the facts it does not read (superseded
// deadlines, statuses, revisions, role history, warnings, ids) are asserted here.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArchive } from '../src/api.js';
import type { Document, Item } from '../src/schema.js';
import { hasShared, score } from './helpers/score.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/archive');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(DIR, f));

let doc: Document;
const item = (title: string): Item => {
  const found = doc.items.filter((i) => i.title === title);
  expect(found).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  const { document, failures } = await parseArchive([DIR]);
  expect(failures).toEqual([]);
  doc = document;
});

describe.runIf(hasShared)('scored against archive.expect.json', () => {
  it('every entity at precision, recall and field accuracy 1.00', () => {
    const result = score(path.join(DIR, 'archive.expect.json'), doc);
    expect(result.problems).toEqual([]);
    for (const [name, row] of Object.entries(result.entities)) {
      expect({ name, precision: row.precision, recall: row.recall, fields: row.fields[0] - row.fields[1] }).toEqual({
        name,
        precision: 1,
        recall: 1,
        fields: 0,
      });
    }
  });
});

describe('what the merged archive must show', () => {
  it('a reminder repeated across layouts is one item with every occurrence', () => {
    const conference = item('Kinship Care Conference 2021');
    expect(conference.occurrences.map((o) => [o.issue, o.section])).toEqual([
      [434, 'new'],
      [435, 'reminder'],
      [438, 'reminder'],
      [439, 'reminder'],
    ]);
    expect([conference.firstSeen, conference.lastSeen]).toEqual([434, 439]);
    expect(doc.events.filter((e) => e.itemId === conference.id).map((e) => e.date)).toEqual(['2021-03-24', '2021-03-25']);
  });

  it('the same title a year apart is two items', () => {
    const meetings = doc.items.filter((i) => i.title === 'Fostering Network – next meeting');
    expect(meetings.map((i) => i.occurrences.map((o) => o.issue))).toEqual([[386], [438, 439]]);
    expect(new Set(meetings.map((i) => i.id)).size).toBe(2);
  });

  it('an extended deadline keeps both dates, the older superseded', () => {
    const survey = item('Regional Workforce Health Check Survey');
    const deadlines = doc.deadlines.filter((d) => d.itemId === survey.id).map((d) => [d.date, d.time, d.superseded]);
    expect(deadlines).toEqual([
      ['2021-01-15', '17:00', true],
      ['2021-01-29', null, false],
    ]);
    expect(survey.revisions.map((r) => r.issue)).toContain(438);
  });

  it('events carry their latest status, and status changes are revisions', () => {
    const workshops = item('Permanence Workshops – Winter Series');
    const status = Object.fromEntries(doc.events.filter((e) => e.itemId === workshops.id).map((e) => [e.date, e.status]));
    expect(status).toMatchObject({ '2020-12-16': 'held', '2021-01-13': 'held', '2021-02-10': 'booking-open', '2021-03-10': 'booking-open' });

    const awayDay = item('Regional DCS Away Day – 14 January 2021');
    expect(doc.events.filter((e) => e.itemId === awayDay.id).map((e) => [e.date, e.status])).toEqual([['2021-01-14', 'postponed']]);
    const atPostponement = awayDay.revisions.find((r) => r.issue === 437);
    expect(atPostponement?.statusChanges.join(' ')).toMatch(/2021-01-14.*postponed/);
  });

  it('a fixed typo is a revision of the same item', () => {
    const workshops = item('Permanence Workshops – Winter Series');
    expect(workshops.revisions.find((r) => r.issue === 434)?.diff).toMatch(/\[-\S*permanance\S*-\] \{\+\S*permanence/i);
  });

  it('contacts: latest role with history, phones kept when later issues omit them', () => {
    const anna = doc.contacts.find((c) => c.name === 'Anna Kowalczyk');
    expect(anna?.role).toBe('SESLI Programme Manager');
    expect(anna?.history.map((h) => h.role)).toEqual(['AD Education Network Lead', 'SESLI Programme Manager']);
    expect(anna?.phone).toMatch(/^\+44/);
    expect(doc.contacts.find((c) => c.name === 'Gareth Lloyd-Jones')?.phone).toMatch(/^\+44/);
    expect(doc.contacts.find((c) => c.name === 'Sunita Bains')?.phone).toMatch(/^\+44/);
  });

  it('warns about the missing issue 436', () => {
    const missing = doc.warnings.filter((w) => w.code === 'missing-issue');
    expect(missing.some((w) => /\b436\b/.test(w.message))).toBe(true);
  });
});

describe('stable ids', () => {
  const idsOf = (d: Document) => ({
    items: d.items.map((i) => i.id),
    events: d.events.map((e) => e.id),
    deadlines: d.deadlines.map((x) => x.id),
    publications: d.publications.map((p) => p.id),
    contacts: d.contacts.map((c) => c.id),
  });

  it('are the same whatever the order of the inputs', async () => {
    const shuffled = [FILES[3]!, FILES[0]!, FILES[6]!, FILES[1]!, FILES[5]!, FILES[2]!, FILES[4]!];
    const again = await parseArchive(shuffled);
    expect(again.document).toEqual(doc);
  });

  it('do not change when a later issue is added', async () => {
    const before = idsOf((await parseArchive(FILES.slice(0, -1))).document);
    const after = idsOf(doc);
    for (const table of Object.keys(before) as Array<keyof typeof before>) {
      const kept = new Set(after[table]);
      expect(before[table].filter((id) => !kept.has(id)), table).toEqual([]);
    }
  });
});
