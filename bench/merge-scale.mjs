// Scaling benchmark of the merge stage alone: synthesises ParsedIssue arrays of 200, 2,000
// and 20,000 weekly issues (~15 entries each: new items, reminders with small edits,
// recurring same-title notices, Tools & Templates lists, contacts) from a fixed seed and
// times mergeIssues. The merge must be roughly linear: the 20k/2k time ratio should stay
// at or below 11.
//
//   node --expose-gc bench/merge-scale.mjs [sizes...]
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';

const here = new URL('.', import.meta.url).pathname;
await build({
  entryPoints: [`${here}../src/merge/index.ts`],
  outfile: `${here}out/merge.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { mergeIssues } = await import(`${here}out/merge.js`);

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthesise(count, seed = 42) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  // Like English text: a third of the words are a few very common ones, the rest skewed
  // towards a frequent core of a large vocabulary.
  const common = ['the', 'of', 'and', 'to', 'in', 'for', 'a', 'on', 'with', 'will', 'be', 'children', 'social', 'care'];
  const syll = 'ka lo mi ren sto vu pel dra ni quo te bri sha gon fe ar bel cor dun eth fil gra hol ind jus'.split(' ');
  const vocab = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syll)).join(''));
  const word = () => (rand() < 0.33 ? pick(common) : vocab[Math.floor(vocab.length * rand() ** 2)]);
  const phrase = (n) => Array.from({ length: n }, word).join(' ');
  const edit = (text) => {
    const w = text.split(' ');
    for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) w[Math.floor(rand() * w.length)] = word();
    return w.join(' ');
  };
  const day = (n) => new Date(Date.UTC(2018, 0, 5) + n * 7 * 86_400_000).toISOString().slice(0, 10);
  const networks = Array.from({ length: 8 }, () => `${phrase(2)} Network – next meeting`);
  const people = Array.from({ length: 40 }, () => ({ name: `${phrase(1)} ${phrase(1)}`, role: phrase(3), phone: '+447925148597' }));
  let distinct = 0;
  let active = [];
  let shelf = [];
  const issues = [];
  for (let n = 0; n < count; n++) {
    const source = `update-${n + 1}.txt`;
    const date = day(n);
    let line = 1;
    const sighted = (entry, section) => ({
      title: entry.title,
      line: (line += 6),
      update: entry.body,
      action: null,
      section,
      refersTo: [],
      lines: [{ text: entry.title, line }],
      events: [{ date: entry.event, start: '10:00', end: null, location: null, label: null, status: entry.status, text: entry.body.slice(0, 40), source, line }],
      deadlines: entry.deadline ? [{ date: entry.deadline, time: null, text: 'by then', source, line }] : [],
      publications: [],
    });
    const items = [];
    for (const entry of active) {
      if (rand() < 0.3) entry.body = edit(entry.body);
      if (rand() < 0.05) entry.title = edit(entry.title);
      if (rand() < 0.2) entry.status = 'held';
      if (rand() < 0.1 && entry.deadline) entry.deadline = day(n + 4);
      items.push(sighted(entry, 'reminder'));
    }
    const fresh = Array.from({ length: 5 }, () => ({
      title: phrase(4 + Math.floor(rand() * 6)),
      body: phrase(40 + Math.floor(rand() * 80)),
      event: day(n + 3),
      status: 'booking-open',
      deadline: rand() < 0.3 ? day(n + 2) : null,
      left: 1 + Math.floor(rand() * 3),
    }));
    if (n % 4 === 0) fresh.push({ title: pick(networks), body: phrase(50), event: day(n + 2), status: null, deadline: null, left: 1 });
    distinct += fresh.length;
    for (const entry of fresh) items.unshift(sighted(entry, 'new'));
    active = [...active, ...fresh].filter((e) => --e.left >= 0);
    shelf = [...shelf.slice(-10), ...Array.from({ length: 3 }, () => ({ title: phrase(6), date: day(n - 1) }))];
    const publications = shelf.map((p) => ({ title: rand() < 0.02 ? edit(p.title) : p.title, publisher: null, date: p.date, kind: 'published', source, line: line++ }));
    if (rand() < 0.05) pick(people).role = phrase(3);
    const contacts = people.slice(0, 10).map((p) => ({ name: p.name, role: p.role, organisation: 'SESLIP', phone: rand() < 0.5 ? p.phone : null, email: null, source, line: line++ }));
    issues.push({ source, number: n + 1, date, layout: 'blank-line', items, publications, contacts, warnings: [] });
  }
  return { issues, distinct };
}

const sizes = process.argv.slice(2).map(Number);
const times = new Map();
for (const size of sizes.length ? sizes : [200, 2_000, 20_000]) {
  const { issues, distinct } = synthesise(size);
  const sightings = issues.reduce((s, i) => s + i.items.length, 0);
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = mergeIssues(issues);
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  const cpuMs = (used.user + used.system) / 1000;
  times.set(size, { ms, cpuMs });
  console.log(
    `${String(size).padStart(6)} issues  ${String(sightings).padStart(7)} entries → ${String(doc.items.length).padStart(6)} items (${distinct} made)  ` +
      `${ms.toFixed(0).padStart(6)} ms wall  ${cpuMs.toFixed(0).padStart(6)} ms cpu  ${Math.round(sightings / (ms / 1000)).toLocaleString('en')} entries/s`,
  );
}
// On a shared machine wall time swings with other load; CPU time of this process is the
// steadier measure, so both ratios are printed.
if (times.has(2_000) && times.has(20_000)) {
  const [small, large] = [times.get(2_000), times.get(20_000)];
  console.log(`20k/2k ratio: wall ${(large.ms / small.ms).toFixed(1)}, cpu ${(large.cpuMs / small.cpuMs).toFixed(1)} (target <= 11)`);
}
