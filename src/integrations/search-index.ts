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
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The indexer's script, from this file. */
const INDEXER = fileURLToPath(new URL('../../tools/index-search.mjs', import.meta.url));

/**
 * The lines of what the indexer printed, each cut short: on an error Node prints the source
 * line it came from, which for a minified module (Zopfli's) is the whole module.
 */
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line));

export function searchIndex(): AstroIntegration {
  /** The running indexer's end: whether it passed, and what it printed. */
  let finished: Promise<{ ok: boolean; output: string; errors: string }> | undefined;

  return {
    name: 'rakan-pulih:search-index',
    hooks: {
      'astro:build:generated': async ({ dir }) => {
        const child = spawn(process.execPath, [INDEXER, '--site', fileURLToPath(dir)], {
          stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        });
        // A build that stops on another pass's error stops the indexer too.
        const stop = () => child.kill();
        process.once('exit', stop);
        let output = '';
        let errors = '';
        child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
        child.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
        finished = new Promise((done) => {
          child.on('error', (error) => {
            process.off('exit', stop);
            done({ ok: false, output, errors: `${errors}${error.message}\n` });
          });
          child.on('close', (code) => {
            process.off('exit', stop);
            done({ ok: code === 0, output, errors });
          });
        });
        // The passes after this hook rewrite the pages: wait until the indexer has its copy.
        const copied = new Promise<boolean>((resolve) => {
          child.on('message', (message) => message === 'mirrored' && resolve(true));
          void finished?.then(() => resolve(false));
        });
        if (!(await copied)) {
          const { errors: printed } = await finished;
          throw new Error(`The search index failed before it read the pages:\n${lines(printed).join('\n')}`);
        }
      },
      'astro:build:done': async ({ logger }) => {
        if (!finished) throw new Error('The search index never started (no astro:build:generated)');
        const { ok, output, errors } = await finished;
        for (const line of lines(output)) logger.info(line);
        for (const line of lines(errors)) {
          if (ok) logger.warn(line);
          else logger.error(line);
        }
        if (!ok) throw new Error('The search index failed (tools/index-search.mjs); see above.');
      },
    },
  };
}
