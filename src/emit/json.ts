/** Records of a list stringified together: few enough calls, small enough strings. */
const BATCH = 256;
// JSON.stringify({ k: batch }, null, 2) indents the batch's records as deep as the document
// does: they are what lies between this prefix and suffix.
const WRAP_PREFIX = '{\n  "k": ['.length;
const WRAP_SUFFIX = '\n  ]\n}'.length;

/**
 * `JSON.stringify(document, null, 2)` and a newline, a batch of records at a time: a
 * large archive's JSON as one string would double the CLI's peak memory.
 */
export function* jsonChunks(document: object): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(document)) {
    // JSON.stringify leaves out what JSON cannot hold.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      for (let i = 0; i < value.length; i += BATCH) {
        const wrapped = JSON.stringify({ k: value.slice(i, i + BATCH) }, null, 2);
        yield `${i === 0 ? '[' : ','}${wrapped.slice(WRAP_PREFIX, -WRAP_SUFFIX)}`;
      }
      yield '\n  ]';
    } else {
      yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n  ');
    }
  }
  yield first ? '}\n' : '\n}\n';
}
