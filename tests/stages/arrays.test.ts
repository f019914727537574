import { describe, expect, it } from 'vitest';
import { append } from '../../src/arrays.js';
import { mergeIssues } from '../../src/merge/index.js';
import type { ParsedIssue } from '../../src/model.js';

describe('append', () => {
  it('appends more items than a call can take as arguments', () => {
    const target = [0];
    append(target, Array.from({ length: 300_000 }, (_, i) => i + 1));
    expect(target).toHaveLength(300_001);
    expect(target.at(-1)).toBe(300_000);
  });

  it('lets the merge take an issue with 150,000 contacts', () => {
    const contacts = Array.from({ length: 150_000 }, (_, i) => ({
      name: `Person ${i}`,
      role: 'Network Lead',
      organisation: 'Regional Programme',
      phone: null,
      email: null,
      source: 'big.txt',
      line: i + 1,
    }));
    const issue: ParsedIssue = { source: 'big.txt', number: 5, date: '2020-05-01', layout: 'blank-line', items: [], publications: [], contacts, warnings: [] };
    expect(mergeIssues([issue]).contacts).toHaveLength(150_000);
  });
});
