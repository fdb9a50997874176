import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // restify 11 (spdy → http-deceiver) warns DEP0111 on load; the warning is known and harmless.
    execArgv: ['--disable-warning=DEP0111'],
  },
});
