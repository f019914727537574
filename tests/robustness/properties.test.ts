// Properties of parseIssue over arbitrary text, bulletin-like lines and damaged fixtures:
// it throws nothing but InputError, returns a document the schema accepts, and never
// reports an item whose title is not in the input. Seeded, so CI runs the same cases;
// SESLIP_FC_SEED replays another seed.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/api.js';
import { InputError, decode } from '../../src/decode.js';
import { pageLines } from '../../src/pipeline.js';
import { unmark } from '../../src/segment/markup.js';
import { dropCampaignTargets, readCampaign } from '../../src/segment/campaign.js';
import { Document } from '../../src/schema.js';
import { ROOT } from '../helpers/cli.js';

const SEED = Number(process.env.SESLIP_FC_SEED ?? 20250301);
const SLOW_CASE_MS = 5000;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The input as the stages after normalise see it (entities decoded, a converted scrape's or a campaign's markup read), lines joined: where titles must come from. */
function visibleText(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : decode(input).text;
  const campaign = readCampaign(pageLines(text).lines);
  const lines = unmark(campaign.lines);
  return squash((campaign.campaign ? dropCampaignTargets(lines) : lines).map((l) => l.text).join(' '));
}

/** How many cases gave items: a property that only ever saw refusals would prove little. */
let withItems = 0;

function holds(input: string | Uint8Array): void {
  const started = performance.now();
  let document: Document;
  try {
    document = parseIssue(input, { source: 'property' });
  } catch (error) {
    if (error instanceof InputError) return;
    throw error;
  }
  if (document.items.length > 0) withItems++;
  expect(performance.now() - started, 'one input took too long').toBeLessThan(SLOW_CASE_MS);
  const checked = Document.safeParse(document);
  expect(checked.success, checked.error?.message).toBe(true);
  const text = visibleText(input);
  for (const item of document.items) expect(text, 'an item title that is not in the input').toContain(squash(item.title));
}

/** Checks the properties; returns the share of cases that gave items. */
function check(arbitrary: fc.Arbitrary<string | Uint8Array>, numRuns: number): number {
  withItems = 0;
  fc.assert(fc.property(arbitrary, holds), { seed: SEED, numRuns });
  return withItems / numRuns;
}

const MONTHS = ['January', 'February', 'March', 'May', 'June', 'Sept', 'December', 'Dec'];
const WORDS = ['Regional', 'Adoption', 'Network', 'meeting', 'workshop', 'book here', 'Ofsted', 'report', 'the', 'on', 'SEND', 'Children’s', '(details below)', 'contact', 'Mark Evans'];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const day = fc.tuple(fc.integer({ min: 0, max: 32 }), fc.constantFrom(...MONTHS), fc.integer({ min: 2017, max: 2026 })).map((d) => d.join(' '));
const time = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.constantFrom('00', '30', '45', '61')).map(([h, m]) => `${h}.${m}`);

/** Lines made of what bulletins are made of: headers, markers, labels, bullets, dates, contacts. */
const bulletinLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.nat(99999), day).map(([n, d]) => `UPDATE NO ${n} ${d}`),
  fc.constantFrom('UPDATE NO', 'Update no 12', '# UPDATE NO 7'),
  fc.constantFrom('New Items', 'Reminders from previous weeks', 'REMINDERS', 'Remiders', 'Tools & Templates', 'Tools and Templates', 'Contact Details', '## Contacts', 'Useful contacts'),
  fc.constantFrom('Action Required:', 'Action required – ', 'Update:', 'Programme: Adoption', 'Action Req'),
  words.map((w) => `Action Required: ${w}`),
  fc.tuple(fc.constantFrom('• ', '- ', '  • ', '1. ', '* '), words, day).map(([b, w, d]) => `${b}${d} ${w}`),
  fc.tuple(day, time, time, words).map(([d, a, b, w]) => `${w} on ${d} – ${a}-${b} ${w}`),
  fc.tuple(words, day).map(([w, d]) => `Deadline: ${d} ${w}`),
  fc.tuple(words, fc.constantFrom('07803 147072', '+44 7803 147072', '01234 567 890', '0800', '07' + '1'.repeat(20)), fc.constantFrom('jo@example.org', 'a@b', '@')).map(
    ([w, phone, email]) => `${w} – ${w} – ${phone} – ${email}`,
  ),
  // Digits on both sides of an email join up once the email is taken out.
  fc.tuple(words, fc.constantFrom('12345', '0207 946', '+44'), fc.constantFrom('jo@example.org', 'a.b@c.uk'), fc.constantFrom('67890', '0958 1234')).map(
    ([w, before, email, after]) => `${w} ${before} ${email} ${after}`,
  ),
  fc.tuple(day, words).map(([d, w]) => `On ${d} the NSPCC published ${w}`),
  fc.tuple(day, words).map(([d, w]) => `${d} – ${w} updated ${w}`),
  words,
  fc.constant(''),
  fc.string({ maxLength: 40 }),
);

const bulletinLike = fc
  .tuple(fc.array(bulletinLine, { maxLength: 60 }), fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n'))
  .map(([lines, joint]) => lines.join(joint));

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return fixtureTexts(full);
    return entry.name.endsWith('.txt') ? [decode(readFileSync(full)).text] : [];
  });
}

const FIXTURES = fixtureTexts(path.join(ROOT, 'fixtures'));

type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'truncate' | 'upper' | 'lower' | 'cut-section' | 'insert'; a: number; b: number; line: string };

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const { kind, a, b, line } of mutations) {
    const i = a % lines.length;
    const j = b % lines.length;
    if (kind === 'delete') lines.splice(i, 1);
    else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (kind === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    else if (kind === 'upper') lines[i] = lines[i]!.toUpperCase();
    else if (kind === 'lower') lines[i] = lines[i]!.toLowerCase();
    else if (kind === 'cut-section') lines.splice(i, 1 + (b % 40));
    else if (kind === 'insert') lines.splice(i, 0, line);
    else lines = lines.join('\n').slice(0, (a * 7919) % Math.max(1, lines.join('\n').length)).split('\n');
    if (lines.length === 0) lines = [''];
  }
  return lines.join('\n');
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'upper', 'lower', 'cut-section', 'insert'),
  a: fc.nat(),
  b: fc.nat(),
  line: bulletinLine,
});

const damagedFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, mutations]) => mutate(text, mutations));

describe('parseIssue never throws but InputError, always validates, invents no title', () => {
  it('arbitrary strings', () => {
    check(fc.string({ maxLength: 400 }), 1500);
    check(fc.string({ unit: 'binary', maxLength: 400 }), 1500);
  });

  it('arbitrary bytes', () => {
    check(fc.uint8Array({ maxLength: 400 }), 1000);
  });

  it('arbitrary text behind a real header', () => {
    const lines = fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 12 }).map((l) => l.join('\n\n'));
    expect(check(lines.map((s) => `UPDATE NO 400 1 May 2020\n\n\n${s}`), 500)).toBeGreaterThan(0.3);
  });

  it('lines built from bulletin fragments', { timeout: 60_000 }, () => {
    expect(check(bulletinLike, 1500)).toBeGreaterThan(0.3);
  });

  it('fixtures with lines deleted, duplicated, swapped, truncated, case-changed, sections removed', { timeout: 60_000 }, () => {
    expect(FIXTURES.length).toBeGreaterThan(20);
    expect(check(damagedFixture, 400)).toBeGreaterThan(0.8);
  });
});
