/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

export default getViteConfig({
  // The DOM is cleaned up after each test in tests/unit/setup.ts, and only where
  // there is one, so that the many node-only files never load the testing library.
  plugins: [svelteTesting({ autoCleanup: false })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests run thousands of cases: give them room on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
