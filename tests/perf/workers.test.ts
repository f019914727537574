// The worker pool must not change a byte of the output.
import { describe, expect, it } from 'vitest';
import { fixture, seslip } from '../helpers/cli.js';

describe('parsing on worker threads', () => {
  it('writes the same document as the main thread alone', () => {
    const run = (workers: string) => seslip(['parse', fixture('.')], { env: { ...process.env, SESLIP_WORKERS: workers } });
    const alone = run('0');
    const pooled = run('2');
    expect(alone.code).toBe(0);
    expect(alone.stdout.length).toBeGreaterThan(10_000);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.code).toBe(alone.code);
  });
});
