#!/usr/bin/env node
// @ts-check
/**
 * node tools/nginx-headers.mjs [dist] — the security headers of a build as nginx
 * `add_header` lines, from dist/_headers (where the build filled in the hashes of the
 * site's own inline code). docs/deploy.md shows where the lines go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from './lib/headers.mjs';

const dir = process.argv[2] ?? 'dist';
const headers = headersFor(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')), '/');
for (const [name, value] of Object.entries(headers)) {
  if (/'our-(script|style)-hashes'/.test(value)) {
    console.error(`${dir}/_headers has not been filled in by a build. Run "npm run build" first.`);
    process.exit(1);
  }
  console.log(`add_header ${name} "${value}" always;`);
}
