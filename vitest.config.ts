import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest leaves a core free by default, which on two cores runs one file at a time; the
    // site tests mostly wait on child builds and Chromium, and the timed tests count CPU time.
    maxWorkers: 2,
    projects: [
      {
        // The core and its scripts: no site build, seconds to run (`vitest run --project unit`).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // Real Astro builds and Chromium against the fixture wiki, built once for the project.
        test: {
          name: 'site',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browser tests poll the page for what search renders.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
