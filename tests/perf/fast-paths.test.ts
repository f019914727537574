// Shortcuts taken for speed must give exactly what the slow path gives.
import fc from 'fast-check';
import { findPhoneNumbersInText } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { describe, expect, it } from 'vitest';
import { remarkBlocks, toBlocks } from '../../src/extract/body.js';
import { phonesIn } from '../../src/extract/contacts.js';
import { fold } from '../../src/ids.js';
import { parsePublicationLine } from '../../src/extract/publications.js';
import { normaliseLine, toLines } from '../../src/normalise.js';
import { findHeaders } from '../../src/segment/header.js';
import {
  asciiFoldedLength,
  editDistance,
  isActionLabel,
  isProgrammeLabel,
  isUpdateLabel,
  markerOf,
  readLabel,
} from '../../src/segment/labels.js';

// Lines as normalisation leaves them (trimmed, single spaces, some blank), with words that
// Markdown could read as block syntax at the start of a line.
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9'’"(),.:;!?&£%–-]{1,8}$/),
  fc.constantFrom('1.', '01.', '2.', '12)', '1)', '2019.', '12.00,', '3.30pm', '1.5', '2)b', '-', '–', '•', 'o', '*', '+', '#', '>', '<b>', '[x]:', '---', '===', '```', '\\'),
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
        expect(toBlocks(lines)).toEqual(remarkBlocks(lines));
      }),
      { numRuns: 3000 },
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

  it('reads numbered lists; a number other than 1 does not interrupt a paragraph', () => {
    expect(toBlocks(toLines('Themes:\n1. one\n2. two\nAfter text\n\nSee\n2. not a list'))).toEqual([
      { text: 'Themes:', line: 1, listItem: false },
      { text: '1. one', line: 2, listItem: true },
      { text: '2. two\nAfter text', line: 3, listItem: true },
      { text: 'See\n2. not a list', line: 6, listItem: false },
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

  it('finds what libphonenumber finds, also where digits stand too far apart to ask it', () => {
    expect(phonesIn('Tuesday 4 March, 10.00 – 12.30 (2025)')).toEqual([]);
    const part = fc.constantFrom(
      '01632', '960', '218', '0800', '1111', '07700', '900412', '020 7946 0958', '+44', '(0)', '44', '12.30', '2025', '4', '0１２', '٣٤٥',
      ' ', '  ', '-', '–', '.', '/', '(', ')', '[', ']', '~', '\u00a0', '\u200b', ' ext. ', ' or ', ', ', 'Tel: ', 'a', 'March',
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 10 }), (parts) => {
        const text = parts.join('');
        // Seven digits are counted in ASCII figures (all but a number in other digits has them).
        const found = /^(?:\D*\d){7}/.test(text) ? findPhoneNumbersInText(text, 'GB', metadata).map((f) => f.number.number) : [];
        expect(phonesIn(text)).toEqual(found);
      }),
      { numRuns: 3000, seed: 20_251_123 },
    );
  });
});

describe('editDistance', () => {
  const levenshtein = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
      row = next;
    }
    return row[b.length]!;
  };

  it('computes only the band near the diagonal and agrees with the full table up to the limit', () => {
    const text = fc.stringMatching(/^[abc ]{0,12}$/);
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const full = levenshtein(a, b);
        const banded = editDistance(a, b, limit);
        if (full <= limit) expect(banded).toBe(full);
        else expect(banded).toBeGreaterThan(limit);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('asciiFoldedLength', () => {
  it('is the length of the folded text for ASCII text, and null for other text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '7', ' ', '-', '#', '&', '\t', 'é', '’') }), (text) => {
        expect(asciiFoldedLength(text)).toBe(/^[\x00-\x7f]*$/.test(text) ? fold(text).length : null);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normaliseLine', () => {
  // The steps it takes in one replacement, one at a time; a soft hyphen ending the line
  // after a letter is put back, for unwrap to join the broken word.
  const stepByStep = (raw: string): string => {
    const text = raw
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
      .normalize('NFC');
    return /\p{L}\u00ad[ \t]*$/u.test(raw) ? `${text}\u00ad` : text;
  };
  const unit = fc.constantFrom('a', 'b', 'é', 'e', '\u0301', ' ', '\t', '\u00a0', '\u00ad', '\u200b', '\u2003', '\u200d', '\u2028', '\u1680', '\u0007', '\u0085', '\u000b', '\ufeff', '£', '\n');

  it('does what removing, converting and collapsing in turn do', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (raw) => {
        // Including lines the fast path returns as they are: white space only trim()
        // knows (U+1680, U+2028) at an end must go too.
        expect(normaliseLine(raw)).toBe(stepByStep(raw));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('toLines', () => {
  const text = fc.array(fc.constantFrom('a', 'é', 'e', '\u0301', ' ', '  ', '\t', '\u00a0', '\u200b', '\u2028', '£', '’', '\n', '\r', '\r\n', '\u0007'), { maxLength: 30 }).map((parts) => parts.join(''));

  it('normalises each line as normaliseLine does, with the NFC check done once for the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(toLines(t).map((l) => l.text)).toEqual(t.split(/\r\n|\r|\n/).map(normaliseLine));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('decode', () => {
  it('finds C3 bytes in UTF-8 exactly where the text holds one of U+00C0-U+00FF, the lead of any mojibake run', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        expect(Buffer.from(t, 'utf8').includes(0xc3)).toBe(/[\u00c0-\u00ff]/.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('first-character checks before line-start patterns', () => {
  const line = fc
    .array(fc.constantFrom('Action', 'ACTION', 'action', ' Required', ' req', 'Update', 'UPDATE', 'update', 'Programme', 'programme', 'Udpate', 'Programe', 'Acton', '**', '__',
      ':', ' ', '#', '## ', '\u00a0', '\u2028', 'NO 5', ' no. 12 ', '1', 'x', 'é', 'Ú', 'Contact Details', 'Tools', 'Remiders', ' from previous weeks', '*', '’'), { maxLength: 6 })
    .map((parts) => parts.join(''));

  it('label tests agree with the label patterns', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isActionLabel(text)).toBe(readLabel('action', text) !== null);
        expect(isUpdateLabel(text)).toBe(readLabel('update', text) !== null);
        expect(isProgrammeLabel(text)).toBe(readLabel('programme', text) !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('markers and headers are found behind punctuation and non-ASCII first characters', () => {
    expect(markerOf('’Contact Details')).toBe('contacts');
    expect(markerOf('* Tools & Templates')).toBe('tools');
    expect(markerOf('1 Contact Details')).toBeNull();
    expect(findHeaders([{ text: '\u2028UPDATE NO 5 1 May 2020', line: 1 }])).toMatchObject([{ number: 5, date: '2020-05-01' }]);
    expect(findHeaders([{ text: 'xUPDATE NO 5 1 May 2020', line: 1 }])).toEqual([]);
  });
});

describe('tidy', () => {
  it('still tidies titles and publishers that need it', () => {
    expect(parsePublicationLine('– Annual\tSurvey  of Carers , published by  the\u00a0NSPCC , 3 March 2021', '2021-03-05')).toEqual({
      title: 'Annual Survey of Carers',
      publisher: 'NSPCC',
      date: '2021-03-03',
      kind: 'published',
    });
  });
});
