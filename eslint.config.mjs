// @ts-check
/**
 * `npm run lint`: ESLint's recommended rules for JavaScript and TypeScript, and
 * eslint-plugin-astro's for .astro files (it parses their frontmatter and
 * expressions). Type-aware rules are left out: `npm run check` already type-checks,
 * and they would double a lint run's time on this machine.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built output, caches, and content fixtures that are broken on purpose.
    ignores: [
      'dist/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Islands run in the browser; so do the functions the benchmarks and the screenshots tool
    // hand to Playwright's page.evaluate.
    files: ['src/islands/**/*.ts', 'src/**/*.astro', 'tools/bench*.mjs', 'tools/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests poke at loosely shaped objects (generated CMS config, stubbed editor globals).
    files: ['tests/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Strips terminal colour codes (ESC [ … m) from tool output: the control character is the point.
    files: ['tools/ci-summary.mjs'],
    rules: { 'no-control-regex': 'off' },
  },
);
