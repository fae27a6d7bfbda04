#!/usr/bin/env node
// @ts-check
/**
 * Runs before every build: a build for a real address (SITE_URL not on an example
 * domain) stops when content/groups/ still holds sample groups, unless
 * SAMPLE_GROUPS=show says to publish them on purpose (src/lib/directory/launch.ts; docs/editing.md).
 * The directory page repeats the check, so `astro build` on its own stops too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import './lib/ts-hooks.mjs';
import { contentDir } from './lib/content-files.mjs';

const { sampleGroupsProblem } = await import('../src/lib/directory/launch.ts');

const dir = join(contentDir(), 'groups');
const samples = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .filter((f) => parse(readFileSync(join(dir, f), 'utf8'))?.sample === true)
  .map((f) => f.replace(/\.ya?ml$/, ''));
const problem = sampleGroupsProblem(
  process.env.SITE_URL ?? 'https://rakanpulih.example.org',
  samples,
  process.env.SAMPLE_GROUPS,
);
if (problem) {
  console.error(`\n${problem}\n`);
  process.exitCode = 1;
}
