/**
 * A throwaway copy of the site built from altered content: copy content/, change it,
 * build it into its own directory (CONTENT_DIR and OUT_DIR; astro.config.mjs gives it
 * its own content cache; the search index is made inside the build), and serve it with
 * the production headers.
 * dist/ is never touched, so other tests can run at the same time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

const ROOT = resolve('.');

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/**
 * Astro keeps its build files in the project's own `.astro/` whatever the output folder, so
 * two fixture builds at once (Playwright's workers) broke each other ("Unexpected error
 * while rendering"): one build at a time, across workers, by a lock folder (mkdir is atomic).
 */
async function oneBuildAtATime<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(ROOT, 'node_modules', '.fixture-build-lock');
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than any build was left by a run that was stopped: take it.
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > 10 * 60_000) await rm(lock, { recursive: true, force: true });
      else await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

export interface FixtureSite {
  /** The built site on disk. */
  outDir: string;
  /** Where it is served, e.g. `http://localhost:51234`. */
  baseURL: string;
  /** Stops the server and deletes the copy. */
  dispose(): Promise<void>;
}

/** Builds and serves the site from a changed copy of content/. `change` edits files under the given content directory. */
export async function buildFixtureSite(
  name: string,
  change: (contentDir: string) => Promise<void>,
  /** Extra environment for the build (e.g. CSP_GUARD=off, for the test that proves the CSP alone holds). */
  buildEnv: Record<string, string> = {},
  /** Changes to the built site before it is served (a file that would have come from public/). */
  afterBuild: (outDir: string) => Promise<void> = async () => {},
): Promise<FixtureSite> {
  const dir = await mkdtemp(join(tmpdir(), `rakan-pulih-${name}-`));
  const contentDir = join(dir, 'content');
  const outDir = join(dir, 'dist');
  await cp(join(ROOT, 'content'), contentDir, { recursive: true });
  await change(contentDir);
  const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir, ...buildEnv };
  // The search index is built inside astro build (src/integrations/search-index.ts).
  await oneBuildAtATime(() => run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env));
  await afterBuild(outDir);

  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'tools/serve.mjs'), '--dir', outDir, '--port', String(port)],
    { cwd: ROOT },
  );
  await new Promise<void>((ready, fail) => {
    server.stdout?.on('data', (d: Buffer) => d.toString().includes('Local:') && ready());
    server.on('exit', (code) => fail(new Error(`the fixture server stopped (${code})`)));
  });
  return {
    outDir,
    baseURL: `http://localhost:${port}`,
    async dispose() {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
