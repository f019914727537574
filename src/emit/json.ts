/**
 * `JSON.stringify(document, null, 2)` and a newline, one record at a time: a large
 * archive's JSON as one string would double the CLI's peak memory.
 */
export function* jsonChunks(document: object): Generator<string> {
  const nested = (value: unknown, indent: string): string => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(document)) {
    // JSON.stringify leaves out what JSON cannot hold.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      for (const [i, element] of value.entries()) yield `${i === 0 ? '[' : ','}\n    ${nested(element, '    ')}`;
      yield '\n  ]';
    } else {
      yield nested(value, '  ');
    }
  }
  yield first ? '}\n' : '\n}\n';
}
