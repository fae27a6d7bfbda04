/**
 * The search index, built while Astro finishes the pages (tools/index-search.mjs, in a
 * child process: docs/search.md).
 *
 * When the pages are generated (`astro:build:generated`), the indexer starts and copies
 * what it reads of them into a folder of its own (tools/lib/index-copy.mjs). As soon as
 * that copy is made, the build goes on with its passes over the pages (sitemap, module
 * preload, page policy, /admin/), which change nothing a search finds in them, while
 * Pagefind indexes the copy beside them on the machine's other core. Listed last in
 * astro.config.mjs, so its `astro:build:done` runs after every other pass: it waits for
 * the index, and a failed index fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { logResult, printedLines, runTool, toolScript, type ToolResult } from './child-tool';

export function searchIndex(): AstroIntegration {
  /** The running indexer's end. */
  let finished: Promise<ToolResult> | undefined;

  return {
    name: 'rakan-pulih:search-index',
    hooks: {
      'astro:build:generated': async ({ dir }) => {
        const run = runTool(toolScript('index-search.mjs'), ['--site', fileURLToPath(dir)], { ipc: true });
        finished = run.finished;
        // The passes after this hook rewrite the pages: wait until the indexer has its copy.
        const copied = new Promise<boolean>((resolve) => {
          run.child.on('message', (message) => message === 'mirrored' && resolve(true));
          void run.finished.then(() => resolve(false));
        });
        if (!(await copied)) {
          const { errors } = await run.finished;
          throw new Error(`The search index failed before it read the pages:\n${printedLines(errors).join('\n')}`);
        }
      },
      'astro:build:done': async ({ logger }) => {
        if (!finished) throw new Error('The search index never started (no astro:build:generated)');
        const result = await finished;
        logResult(logger, result);
        if (!result.ok) throw new Error('The search index failed (tools/index-search.mjs); see above.');
      },
    },
  };
}
