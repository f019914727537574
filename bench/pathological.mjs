// Hostile input for the benchmark: a normal issue (fixtures/layout-2020/update-447) with a
// pathological block inside its first item, where every stage — segmentation, item text,
// dates, contacts — has to read it.
import { readFileSync } from 'node:fs';
import { rng } from './synth.mjs';

const base = readFileSync(new URL('../fixtures/layout-2020/update-447-2021-03-12.txt', import.meta.url), 'utf8');
const MONTHS = 'January February March April May June July August September October November December';

function insideFirstItem(block) {
  const at = base.indexOf('\n', base.search(/^Update:/m)) + 1;
  return `${base.slice(0, at)}${block}\n${base.slice(at)}`;
}

export function pathologicalCases() {
  const rand = rng(7);
  const digits = Array.from({ length: 100_000 }, () => Math.floor(rand() * 10)).join('');
  return [
    { name: 'spaces', text: insideFirstItem(`Before ${' '.repeat(100_000)} after.`) },
    { name: 'digits', text: insideFirstItem(digits) },
    { name: 'and-1-2-3', text: insideFirstItem(`Sessions on ${'and 1, 2, 3, '.repeat(8_000)}4 March 2021.`) },
    { name: 'action-labels', text: insideFirstItem('Action Required:\n'.repeat(1_000)) },
    { name: 'month-name-lines', text: insideFirstItem(Array.from({ length: 5 }, () => `${MONTHS} `.repeat(230)).join('\n')) },
  ];
}
