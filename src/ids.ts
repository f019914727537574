import { createHash } from 'node:crypto';

/**
 * A short id that depends only on its parts, so the same thing gets the same id on
 * every run and in any input order.
 */
export function stableId(prefix: string, ...parts: ReadonlyArray<string | number | null>): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${part ?? '\u0000'}\u0001`);
  return `${prefix}-${hash.digest('hex').slice(0, 12)}`;
}

/** Case-, accent- and punctuation-folded text for comparing titles and names. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
