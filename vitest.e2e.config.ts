import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Each file launches its own browser with its own profile, server port and routes, so
    // two run side by side: most of an end-to-end test is waiting (a mail app's undo delay,
    // a page loading), and two at a time keep `npm test` within its 10 minutes on 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
