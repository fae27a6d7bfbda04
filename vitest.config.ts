import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on source alone; `build` reads the built site in dist/
// (npm test builds it first).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
    ],
  },
});
