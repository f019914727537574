import { describe, expect, it } from 'vitest';
import { InputError, decode } from '../../src/decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(utf8('Children’s services')).text).toBe('Children’s services');
    const bom = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('UPDATE NO 1')]));
    expect(bom).toMatchObject({ text: 'UPDATE NO 1', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM, and without one by its NUL pattern', () => {
    const le = Buffer.from('\ufeffTools & Templates – 5 May', 'utf16le');
    expect(decode(le)).toMatchObject({ text: 'Tools & Templates – 5 May', encoding: 'utf-16le' });
    const noBom = Buffer.from('Contact Details: Jo Bloggs', 'utf16le');
    expect(decode(noBom)).toMatchObject({ text: 'Contact Details: Jo Bloggs', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from('\ufeffUpdate', 'utf16le').swap16());
    expect(decode(be)).toMatchObject({ text: 'Update', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('Children'), 0x92, ...utf8('s services '), 0x96, ...utf8(' 5 May')]);
    expect(decode(bytes)).toMatchObject({ text: 'Children’s services – 5 May', encoding: 'windows-1252' });
  });

  it('repairs mojibake and says how much', () => {
    const result = decode(utf8('Children\u00e2\u20ac\u2122s services \u00e2\u20ac\u201c 5 May'));
    expect(result.text).toBe('Children’s services – 5 May');
    expect(result.repairs).toEqual([{ code: 'mojibake-repaired', count: 2 }]);
  });

  it('repairs text mis-decoded twice, pass after pass', () => {
    // "’ – £ ë" through UTF-8 → Windows-1252 twice; "Â" + NBSP for a non-breaking space.
    const twice = 'Carers\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2 \u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u0153 \u00c3\u201a\u00c2\u00a318 Zo\u00c3\u0192\u00c2\u00ab 10\u00c3\u201a\u00c2\u00a0March';
    const result = decode(utf8(twice));
    expect(result.text).toBe('Carers’ – £18 Zoë 10\u00a0March');
    // Pass one: 3 + 3 + 2 + 2 + 2 runs; pass two: one per character.
    expect(result.repairs).toEqual([{ code: 'mojibake-repaired', count: 17 }]);
  });

  it('leaves real accented text beside mojibake mis-decoded once as it is', () => {
    const result = decode(utf8('Children\u00e2\u20ac\u2122s São Paulo – Ângela Ã'));
    expect(result.text).toBe('Children’s São Paulo – Ângela Ã');
    expect(result.repairs).toEqual([{ code: 'mojibake-repaired', count: 1 }]);
  });

  it('leaves real accented text alone', () => {
    expect(decode(utf8('Café São Paulo – Ângela')).repairs).toEqual([]);
  });

  it('removes a few stray NUL bytes but refuses binary data', () => {
    const damaged = decode(Uint8Array.from([...utf8('UPDATE NO 5'), 0, ...utf8(' 1 May 2020')]));
    expect(damaged.text).toBe('UPDATE NO 5 1 May 2020');
    expect(damaged.repairs).toEqual([{ code: 'nul-bytes', count: 1 }]);
    const binary = Uint8Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 0 : 65 + (i % 26)));
    expect(() => decode(binary)).toThrow(/binary/);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['white space', utf8(' \n\t\r\n '), /white space/],
    ['PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['ZIP', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /ZIP archive/],
    ['PDF', utf8('%PDF-1.7\n'), /PDF/],
  ])('refuses %s input with a reason', (_name, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(InputError);
    expect(() => decode(bytes)).toThrow(reason);
  });
});
