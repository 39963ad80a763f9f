import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Integration tests run real Astro builds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests poll the page for what search renders.
    expect: { poll: { timeout: 10_000 } },
  },
});
