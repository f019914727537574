// A synthetic archive for the benchmark, made from the fixtures with a fixed seed. Runs of
// four weekly issues share a fixture as their template; each issue gets a new number and
// date, shifted years, new day numbers, a share of its words swapped for other fixture words
// (so titles and texts differ between runs), and repeats the previous issue's new items,
// lightly edited, in its reminders — the shape the merge stage must deduplicate.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = new URL('../fixtures/', import.meta.url).pathname;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CALENDAR_WORDS = new Set([...MONTHS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((w) => w.toLowerCase()));
const HEADER = /^(\s*update\s+no\.?\s*)(\d+)(\s+)(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})/im;
const REMINDERS = /^.*reminders from previous week.*$/im;
const DATE_OR_YEAR = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?(\\s+)(${MONTHS.join('|')})\\b(?:\\s+(\\d{4})\\b)?|\\b(20[0-3]\\d)\\b`, 'g');
const DAY_MS = 86_400_000;
const WORD = /\b[a-z]{4,}\b/g;

/** Every fixture text the archive may be made from, sorted: the archive changes with any of them. */
export function templateFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

function templates() {
  const out = [];
  for (const file of templateFiles()) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const header = HEADER.exec(text);
    if (text.includes('\uFFFD') || text.includes('\0') || !header) continue;
    const date = Date.UTC(Number(header[6]), MONTHS.indexOf(header[5]), Number(header[4]));
    if (Number.isNaN(date)) continue;
    out.push({ text, date });
  }
  return out;
}

/** The new-items part of a template (after its header) and the rest, from the reminders on. */
function split(text) {
  const header = HEADER.exec(text);
  const headerEnd = text.indexOf('\n', header.index) + 1;
  const reminders = REMINDERS.exec(text);
  if (!reminders || reminders.index < headerEnd) return { head: text.slice(0, headerEnd), fresh: text.slice(headerEnd), tail: '' };
  return { head: text.slice(0, headerEnd), fresh: text.slice(headerEnd, reminders.index), tail: text.slice(reminders.index) };
}

const ordinal = (day) => (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');

/**
 * Moves every "16 December [2020]" by `shift` days (a whole number of weeks, so weekdays
 * stay right) and other years by as many years as the issue moved.
 */
function redate(text, templateDate, shift) {
  const templateYear = new Date(templateDate).getUTCFullYear();
  const years = Math.round(shift / 365.25);
  return text.replace(DATE_OR_YEAR, (whole, day, suffix, space, month, year, bare) => {
    if (bare) return String(Number(bare) + years);
    // A year-less date is the one nearest the template's issue date.
    let at = Date.UTC(year ? Number(year) : templateYear, MONTHS.indexOf(month), Number(day));
    if (!year && at - templateDate > 183 * DAY_MS) at = Date.UTC(templateYear - 1, MONTHS.indexOf(month), Number(day));
    if (!year && templateDate - at > 183 * DAY_MS) at = Date.UTC(templateYear + 1, MONTHS.indexOf(month), Number(day));
    const moved = new Date(at + shift * DAY_MS);
    const d = moved.getUTCDate();
    return `${d}${suffix ? ordinal(d) : ''}${space}${MONTHS[moved.getUTCMonth()]}${year ? ` ${moved.getUTCFullYear()}` : ''}`;
  });
}

/**
 * `count` issues as { name, text }, generated lazily so 20,000 issues never sit in memory
 * at once. The same seed always gives the same text.
 */
export function* synthesise(count, seed = 42) {
  const rand = rng(seed);
  const pool = templates();
  const vocabulary = [...new Set(pool.flatMap((t) => t.text.match(WORD) ?? []))].filter((w) => !CALENDAR_WORDS.has(w));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const swapWords = (text, share) => text.replace(WORD, (w) => (CALENDAR_WORDS.has(w) || rand() >= share ? w : pick(vocabulary)));
  let template = null;
  let previousFresh = '';
  for (let n = 0; n < count; n++) {
    if (n % 4 === 0) {
      template = pick(pool);
      previousFresh = '';
    }
    const at = Date.UTC(2018, 0, 5) + n * 7 * DAY_MS;
    const date = new Date(at);
    const shift = Math.round((at - template.date) / DAY_MS / 7) * 7;
    const number = 280 + n;
    const renumbered = redate(template.text, template.date, shift).replace(
      new RegExp(HEADER.source, 'gim'),
      (_m, label, _num, space) => `${label}${number}${space}${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    );
    const { head, fresh, tail } = split(renumbered);
    const newItems = swapWords(fresh, 0.2);
    const reminderEnd = tail.indexOf('\n') + 1;
    const carried = swapWords(previousFresh.replace(new RegExp(`${HEADER.source}.*\\n`, 'gim'), ''), 0.01);
    const rest = tail ? `${tail.slice(0, reminderEnd)}${carried}${tail.slice(reminderEnd)}` : carried;
    previousFresh = newItems;
    yield { name: `update-${number}-${date.toISOString().slice(0, 10)}.txt`, text: `${head}${newItems}${rest}` };
  }
}
