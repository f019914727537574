// segment() splits only the lines that name a date or time: every piece it leaves out
// must be one holding no anchor (so no date), and the pieces with one, and the lists
// they hang from, must be those a full split gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAnchor, windows } from '../../src/dates/chrono.js';
import { monthNumber } from '../../src/dates/calendar.js';
import { segment, type Segment } from '../../src/dates/segments.js';

const describeSegment = (seg: Segment): string =>
  `${seg.line}|${seg.isTitle}|${seg.isListItem}|${seg.text}|${seg.intro ? `${seg.intro.line}:${seg.intro.text}` : '-'}`;

describe('segment', () => {
  it('keeps the title and every piece of a full split with an anchor', () => {
    const line = fc
      .array(
        fc.constantFrom('Meeting', 'held at County Hall', 'on:', 'on 5 June 2020.', 'The', 'next', 'one', 'is', 'in May.', 'Marketing', '10.30-12.30', 'Dr.', 'No.', 'Sessions:', '•', '-', '1.', '2)', 'Friday', '5th', 'x'),
        { maxLength: 6 },
      )
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (texts) => {
        const lines = texts.map((text, i) => ({ text, line: i + 1 }));
        const full = segment(lines, () => true);
        const dated = (segments: Segment[]) => segments.filter((seg) => seg.isTitle || hasAnchor(seg.text)).map(describeSegment);
        expect(dated(segment(lines, hasAnchor))).toEqual(dated(full));
        for (const seg of full) if (!seg.isTitle && !hasAnchor(seg.text)) expect(windows(seg.text)).toEqual([]);
      }),
      { numRuns: 3_000, seed: 20_191_206 },
    );
  });
});

describe('windows', () => {
  // The anchors as first written: every month-like word, kept if monthNumber names it.
  const FORMER = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d(?:[.:]\d\d|\s?[ap]\.?m\b|\/\d\d?\/\d|\d{3}-\d\d-\d\d)/gi;
  const formerAnchors = (text: string) => [...text.matchAll(FORMER)].filter((m) => m[0].charCodeAt(0) <= 57 || monthNumber(m[0]) !== null).length;

  it('starts at the anchors it always had', () => {
    const word = fc.constantFrom('Jan', 'Janu', 'January', 'Januar', 'Janus', 'Marketing', 'March', 'mar', 'MAY', 'Mayé', 'maybe', 'Sept', 'Septic', 'sep5', 'Decision', 'x', '5', '10.30', '5pm', '5 am', '1/2/3', '2020-01-02', 'é', ',', '.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.constantFrom(' ', ''), (words, joint) => {
        const text = words.join(joint);
        expect(hasAnchor(text)).toBe(formerAnchors(text) > 0);
        // Each anchor opens or widens a window: with none, there is none.
        if (formerAnchors(text) === 0) expect(windows(text)).toEqual([]);
      }),
      { numRuns: 5_000, seed: 20_201_123 },
    );
  });
});
