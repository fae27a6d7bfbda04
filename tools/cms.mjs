#!/usr/bin/env node
// @ts-check
/**
 * npm run cms — the browser editor on your own computer, with no account: Decap's local
 * proxy server (decap-server, installed by `npm ci`) reads and writes the files in
 * content/ of this working copy, and the built site is served with /admin/ at
 * http://localhost:4321/admin/. Builds the site first when there is no build yet.
 * Stop with Ctrl+C. Your changes are ordinary file changes: review them with `git diff`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
// The editor looks for the proxy at this address when opened on localhost (src/lib/cms/config.ts).
const PROXY_PORT = '8081';

if (!existsSync(join(root, 'dist', 'admin', 'index.html'))) {
  console.log('No build with the editor yet: building the site first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const require = createRequire(import.meta.url);
const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  cwd: root,
  env: { ...process.env, PORT: PROXY_PORT, GIT_REPO_DIRECTORY: root, MODE: 'fs' },
  stdio: 'inherit',
});
const site = spawn(process.execPath, [join(root, 'tools', 'serve.mjs'), '--port', values.port, '--dir', 'dist'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

console.log(`\nThe browser editor: http://localhost:${values.port}/admin/  (press "Login": no account needed)`);
console.log('It writes to content/ in this folder. Check your work with: npm run check:content\n');

const stop = () => {
  proxy.kill();
  site.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of [proxy, site])
  child.on('exit', (code) => code && code !== 0 && (stop(), (process.exitCode = code)));
