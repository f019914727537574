// The archive runs: every folder under fixtures/ with an archive.expect.json (see each
// folder's README) is parsed as one run and scored as a whole. The scorer checks every
// entity; what it does not read but an expectation states (event statuses, superseded
// deadlines, contacts' role history, warnings) is checked here for every run, then the
// facts particular to fixtures/archive (revisions, ids).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArchive } from '../src/api.js';
import type { Document, Item } from '../src/schema.js';
import { ARCHIVE_EXPECT, archiveDirs, archiveFiles } from './helpers/archives.js';
import { hasShared, score } from './helpers/score.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

interface Expectation {
  events?: Array<{ item: string; date: string; start?: string | null; status?: string }>;
  deadlines?: Array<{ item: string; date: string; superseded?: boolean }>;
  contacts?: Array<{ name: string; history?: string[] }>;
  warnings?: Array<{ code: string; optional?: boolean; pattern?: string }>;
}

const parsed = new Map<string, Promise<Document>>();
/** One parse per folder, shared by the tests below. */
function parse(dir: string): Promise<Document> {
  let doc = parsed.get(dir);
  if (!doc) {
    doc = parseArchive([dir]).then(({ document, failures }) => {
      expect(failures).toEqual([]);
      return document;
    });
    parsed.set(dir, doc);
  }
  return doc;
}

/** The records of the items titled `title` (there may be several items of one title). */
function ofItem<T extends { itemId: string | null }>(doc: Document, records: T[], title: string): T[] {
  const ids = new Set(doc.items.filter((i) => i.title === title).map((i) => i.id));
  return records.filter((r) => r.itemId !== null && ids.has(r.itemId));
}

describe.each(archiveDirs(FIXTURES).map((dir) => [path.relative(FIXTURES, dir), dir]))('archive run %s', (_name, dir) => {
  const expected = JSON.parse(readFileSync(path.join(dir, ARCHIVE_EXPECT), 'utf8')) as Expectation;

  it.runIf(hasShared)('every entity at precision, recall and field accuracy 1.00', async () => {
    const result = score(path.join(dir, ARCHIVE_EXPECT), await parse(dir));
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

  it('events carry the status expected, deadlines the superseded flag', async () => {
    const doc = await parse(dir);
    for (const e of expected.events ?? []) {
      if (e.status === undefined) continue;
      const found = ofItem(doc, doc.events, e.item).filter((a) => a.date === e.date && (e.start === undefined || a.start === e.start));
      expect(found.map((a) => [e.item, a.date, a.status])).toEqual([[e.item, e.date, e.status]]);
    }
    for (const d of expected.deadlines ?? []) {
      if (d.superseded === undefined) continue;
      const found = ofItem(doc, doc.deadlines, d.item).filter((a) => a.date === d.date);
      expect(found.map((a) => [d.item, a.date, a.superseded])).toEqual([[d.item, d.date, d.superseded]]);
    }
  });

  it('contacts keep their roles in order', async () => {
    const doc = await parse(dir);
    for (const c of expected.contacts ?? []) {
      if (!c.history) continue;
      expect([c.name, doc.contacts.find((a) => a.name === c.name)?.history.map((h) => h.role)]).toEqual([c.name, c.history]);
    }
  });

  it('every warning expected is there', async () => {
    const doc = await parse(dir);
    for (const w of expected.warnings ?? []) {
      if (w.optional) continue;
      const pattern = new RegExp(w.pattern ?? '');
      expect(doc.warnings.some((a) => a.code === w.code && pattern.test(a.message)), `${w.code} ${w.pattern ?? ''}`).toBe(true);
    }
  });

  describe('stable ids', () => {
    const files = archiveFiles(dir);
    const idsOf = (d: Document) => ({
      items: d.items.map((i) => i.id),
      events: d.events.map((e) => e.id),
      deadlines: d.deadlines.map((x) => x.id),
      publications: d.publications.map((p) => p.id),
      contacts: d.contacts.map((c) => c.id),
    });

    it('are the same whatever the order of the inputs', async () => {
      const shuffled = files.map((_, i) => files[(i * 3 + 1) % files.length]!);
      expect(new Set(shuffled).size).toBe(files.length);
      const again = await parseArchive(shuffled);
      expect(again.document).toEqual(await parse(dir));
    });

    it('do not change when a later issue is added', async () => {
      const before = idsOf((await parseArchive(files.slice(0, -1))).document);
      const after = idsOf(await parse(dir));
      for (const table of Object.keys(before) as Array<keyof typeof before>) {
        const kept = new Set(after[table]);
        expect(before[table].filter((id) => !kept.has(id)), table).toEqual([]);
      }
    });
  });
});

const DIR = path.join(FIXTURES, 'archive');
let doc: Document;
const item = (title: string): Item => {
  const found = doc.items.filter((i) => i.title === title);
  expect(found).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  doc = await parse(DIR);
});

describe('what the merged fixtures/archive must show', () => {
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
