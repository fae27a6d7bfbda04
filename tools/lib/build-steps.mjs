// @ts-check
/**
 * The steps of `npm run build` (tools/build.mjs), in stages. A stage starts only when
 * every step of the one before has passed; the steps of one stage run side by side.
 * The benchmark (tools/bench.mjs) times this same list.
 *
 * 1. The content check and the launch check, before anything is built: `astro build`
 *    would run any code an MDX file carried, which the content check refuses
 *    (docs/safety.md). Both only read content/.
 * 2. `astro build`, which also makes the search index (tools/index-search.mjs), started
 *    once the pages are generated and run beside its last passes over them
 *    (src/integrations/search-index.ts), and checks the finished site
 *    (tools/check-build.mjs, src/integrations/site-check.ts) while the index is made.
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
];
