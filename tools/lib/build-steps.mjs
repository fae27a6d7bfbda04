// @ts-check
/**
 * The steps of `npm run build` (tools/build.mjs), in stages. A stage starts only when
 * every step of the one before has passed; the steps of one stage run side by side.
 * The benchmark (tools/bench.mjs) times this same list.
 *
 * 1. The content check and the launch check, before anything is built: `astro build`
 *    would run any code an MDX file carried, which the content check refuses
 *    (docs/safety.md). Both only read content/.
 * 2. `astro build`, with the page policy and its guard inside it.
 * 3. The search index and the check of the finished site, side by side: both only read
 *    the built pages. The index writes `dist/pagefind/` (which no page links to, and
 *    which the site check leaves out) and Brotli copies beside the files of `_astro/`
 *    (never a page).
 */

/**
 * @typedef {object} BuildStep
 * @property {string} name what the step is, as the build and the benchmark report it
 * @property {string} script the Node script it runs, from the project root
 * @property {string[]} args its arguments
 */

/** @type {BuildStep[][]} */
export const BUILD_STAGES = [
  [
    { name: 'content check', script: 'tools/check-content.mjs', args: [] },
    { name: 'launch check', script: 'tools/check-launch.mjs', args: [] },
  ],
  [{ name: 'astro build', script: 'node_modules/astro/bin/astro.mjs', args: ['build'] }],
  [
    { name: 'search index', script: 'tools/index-search.mjs', args: [] },
    { name: 'site check', script: 'tools/check-build.mjs', args: [] },
  ],
];
