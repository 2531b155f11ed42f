import { defineConfig } from 'vitest/config';

// Real Chromium, one browser per file; files run one after another so two cores are not
// shared by two browsers (timings stay stable and no spec starves the other's service worker).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
