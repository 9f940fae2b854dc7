import './test/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'server/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    environment: 'happy-dom',
    testTimeout: 20_000,
    // Hooks start real services (an embedded PGlite hub, PostgreSQL, Redis): allow for a busy machine.
    hookTimeout: 60_000,
  },
});
