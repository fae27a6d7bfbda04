/**
 * The browser editor's local mode for tests: Decap's proxy server (`decap-server`, the
 * same one `npm run cms` starts) writing to a throwaway copy of content/, so the repo
 * stays clean and every run starts from the real content.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

const ROOT = resolve('.');

export interface LocalCms {
  /** The copy's root: the editor writes `content/…` under it. */
  repo: string;
  /** The proxy's API, e.g. `http://localhost:51234/api/v1`. */
  api: string;
  /** `npm run check:content` on the copy: its exit code and what it printed. */
  checkContent(): { status: number | null; output: string };
  dispose(): Promise<void>;
}

export async function startLocalCms(): Promise<LocalCms> {
  const repo = await mkdtemp(join(tmpdir(), 'rakan-pulih-cms-'));
  await cp(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  const api = `http://localhost:${port}/api/v1`;
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(api, {
        method: 'POST',
        body: '{"action":"info"}',
        headers: { 'content-type': 'application/json' },
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error('decap-server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    repo,
    api,
    checkContent() {
      const run = spawnSync(process.execPath, [join(ROOT, 'tools/check-content.mjs')], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: join(repo, 'content'), NO_COLOR: '1' },
        encoding: 'utf8',
      });
      return { status: run.status, output: `${run.stdout}${run.stderr}` };
    },
    async dispose() {
      server.kill();
      await rm(repo, { recursive: true, force: true });
    },
  };
}
