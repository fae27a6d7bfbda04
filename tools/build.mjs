#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: the stages of tools/lib/build-steps.mjs, in order. A step alone in
 * its stage shows its output as it goes; steps side by side show theirs when each
 * ends, one after the other, so their lines never mix. The build stops after the
 * first stage with a step that failed, and exits 1.
 *
 *   node tools/build.mjs
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAGES } from './lib/build-steps.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs one step; resolves with whether it passed and its seconds.
 * @param {import('./lib/build-steps.mjs').BuildStep} step
 * @param {boolean} alone
 * @returns {Promise<{ ok: boolean; seconds: number }>}
 */
function run(step, alone) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, step.script), ...step.args], {
      cwd: ROOT,
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    /** @type {{ stream: NodeJS.WriteStream; chunk: Buffer }[]} */
    const output = [];
    child.stdout?.on('data', (chunk) => output.push({ stream: process.stdout, chunk }));
    child.stderr?.on('data', (chunk) => output.push({ stream: process.stderr, chunk }));
    const end = (/** @type {boolean} */ ok) => {
      for (const { stream, chunk } of output) stream.write(chunk);
      if (!ok) console.error(`✖ ${step.name} failed (node ${[step.script, ...step.args].join(' ')})`);
      done({ ok, seconds: (performance.now() - started) / 1000 });
    };
    child.on('error', (error) => {
      output.push({ stream: process.stderr, chunk: Buffer.from(`${error.message}\n`) });
      end(false);
    });
    child.on('close', (code, signal) => end(code === 0 && signal === null));
  });
}

const started = performance.now();
/** @type {string[]} */
const timings = [];
for (const stage of BUILD_STAGES) {
  const stageStarted = performance.now();
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  timings.push(`${stage.map((s) => s.name).join(' + ')} ${((performance.now() - stageStarted) / 1000).toFixed(1)} s`);
  if (results.some((r) => !r.ok)) {
    process.exitCode = 1;
    break;
  }
}
if (process.exitCode !== 1)
  console.log(`\nBuilt in ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join('; ')}).`);
