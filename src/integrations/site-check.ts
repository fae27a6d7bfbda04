/**
 * The check of the finished site (tools/check-build.mjs: one policy per page, no internal
 * link to nothing, the header policy filled), run by `astro build` once every pass over the
 * pages is done, while the search index is still being made beside it
 * (src/integrations/search-index.ts): listed after the passes and before the index in
 * astro.config.mjs. A problem fails the build. `SITE_CHECK=off` turns the failure into
 * warnings; only the browser test that builds a site with hostile content on purpose
 * (tests/e2e/csp.spec.ts, with CSP_GUARD=off too) uses it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { logResult, runTool, toolScript } from './child-tool';

export function siteCheck(): AstroIntegration {
  return {
    name: 'rakan-pulih:site-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const result = await runTool(toolScript('check-build.mjs'), [], {
          env: { ...process.env, OUT_DIR: fileURLToPath(dir) },
        }).finished;
        // SITE_CHECK=off: the problems are shown as warnings and the build goes on.
        logResult(logger, { ...result, ok: result.ok || process.env.SITE_CHECK === 'off' });
        if (!result.ok && process.env.SITE_CHECK !== 'off')
          throw new Error('The built site has problems (tools/check-build.mjs); see above.');
      },
    },
  };
}
