import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 transforms TypeScript and JSX with oxc (its `esbuild` option is ignored, with a warning on every
  // run): JSX compiles to Preact's automatic runtime, as tsconfig.json says for tsc and tsx.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
