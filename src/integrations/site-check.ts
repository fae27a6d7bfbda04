/**
 * The check of the finished site (tools/check-build.mjs: one policy per page, no internal
 * link to nothing, the header policy filled), run by `astro build` once every pass over the
 * pages is done, while the search index is still being made beside it
 * (src/integrations/search-index.ts): listed after the passes and before the index in
 * astro.config.mjs. A problem fails the build. `SITE_CHECK=off` turns the failure into
 * warnings; only the browser test that builds a site with hostile content on purpose
 * (tests/e2e/csp.spec.ts, with CSP_GUARD=off too) uses it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The check's script, from this file. */
const CHECK = fileURLToPath(new URL('../../tools/check-build.mjs', import.meta.url));

export function siteCheck(): AstroIntegration {
  return {
    name: 'rakan-pulih:site-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const child = spawn(process.execPath, [CHECK], {
          env: { ...process.env, OUT_DIR: fileURLToPath(dir) },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk));
        const code = await new Promise<number | null>((done) => {
          child.on('error', (error) => {
            output += `${error.message}\n`;
            done(1);
          });
          child.on('close', done);
        });
        const lines = output.trim().split('\n').filter(Boolean);
        if (code === 0) {
          lines.forEach((line) => logger.info(line));
          return;
        }
        if (process.env.SITE_CHECK === 'off') {
          lines.forEach((line) => logger.warn(line));
          return;
        }
        lines.forEach((line) => logger.error(line));
        throw new Error('The built site has problems (tools/check-build.mjs); see above.');
      },
    },
  };
}
