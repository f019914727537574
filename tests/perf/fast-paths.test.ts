// Shortcuts taken for speed must give exactly what the slow path gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/extract/body.js';
import { phonesIn } from '../../src/extract/contacts.js';
import { toLines } from '../../src/normalise.js';

// Lines as normalisation leaves them (trimmed, single spaces, some blank), with words that
// Markdown could read as block syntax at the start of a line.
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9'’"(),.:;!?&£%–-]{1,8}$/),
  fc.constantFrom('1.', '12)', '2019.', '-', '–', '•', 'o', '*', '+', '#', '>', '<b>', '[x]:', '---', '===', '```', '\\'),
);
const proseLine = fc.oneof(
  fc.constant(''),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')),
);

describe('toBlocks', () => {
  it('finds the blocks remark finds, also where it skips remark', () => {
    fc.assert(
      fc.property(fc.array(proseLine, { maxLength: 12 }), (texts) => {
        const lines = toLines(texts.join('\n'));
        // A trailing numbered item after a blank line sends the body through remark; the
        // blocks before it must be the same as the shortcut's.
        const viaRemark = toBlocks(toLines([...texts, '', '1. end'].join('\n'))).slice(0, -1);
        expect(toBlocks(lines)).toEqual(viaRemark);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads bullets as list items and prose after them as their continuation', () => {
    expect(toBlocks(toLines('Intro\n• one\ngoes on\n- two\n\nAfter'))).toEqual([
      { text: 'Intro', line: 1, listItem: false },
      { text: 'one\ngoes on', line: 2, listItem: true },
      { text: 'two', line: 4, listItem: true },
      { text: 'After', line: 6, listItem: false },
    ]);
  });

  it('splits paragraphs at blank lines and keeps their first line numbers', () => {
    expect(toBlocks(toLines('One\ntwo\n\n\nThree 1. four\n'))).toEqual([
      { text: 'One\ntwo', line: 1, listItem: false },
      { text: 'Three 1. four', line: 5, listItem: false },
    ]);
  });
});

describe('phonesIn', () => {
  it('finds a number written with exactly seven digits', () => {
    expect(phonesIn('Freephone 0800 1111')).toEqual(['+448001111']);
  });

  it('finds nothing in text with too few digits', () => {
    expect(phonesIn('Room 12, 3 Main Street')).toEqual([]);
  });
});
