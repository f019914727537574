import { defineConfig } from 'vitest/config';

// Dates and the calendar emitter must not depend on the machine's time zone, so their
// tests run again under two zones that differ from each other and from the UK's.
const ZONE_DEPENDENT = ['tests/dates/**/*.test.ts', 'tests/ics.test.ts'];
const zone = (TZ: string) => ({ extends: true as const, test: { name: `tz-${TZ}`, include: ZONE_DEPENDENT, env: { TZ } } });

export default defineConfig({
  test: {
    testTimeout: 30_000,
    globalSetup: ['tests/helpers/build.ts'],
    projects: [
      { extends: true, test: { name: 'default', include: ['tests/**/*.test.ts'] } },
      zone('UTC'),
      zone('America/New_York'),
    ],
  },
});
