/**
 * A maintainer command (`tools/*.mjs`) that `astro build` runs in a child Node process
 * (src/integrations/search-index.ts, site-check.ts): what it prints is collected for the
 * build log, and it is stopped if the build ends first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';

/** How a command ended: whether it passed, and what it printed on each stream. */
export interface ToolResult {
  ok: boolean;
  output: string;
  errors: string;
}

/** The path of a command under tools/, from this file. */
export const toolScript = (name: string) => fileURLToPath(new URL(`../../tools/${name}`, import.meta.url));

/** Starts a command; `ipc` opens a message channel to it. */
export function runTool(
  script: string,
  args: string[],
  { env = process.env, ipc = false }: { env?: NodeJS.ProcessEnv; ipc?: boolean } = {},
): { child: ChildProcess; finished: Promise<ToolResult> } {
  const child = spawn(process.execPath, [script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? (['ipc'] as const) : [])],
  });
  // A build that stops on another step's error stops the command too.
  const stop = () => child.kill();
  process.once('exit', stop);
  let output = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
  const finished = new Promise<ToolResult>((done) => {
    child.on('error', (error) => {
      process.off('exit', stop);
      done({ ok: false, output, errors: `${errors}${error.message}\n` });
    });
    child.on('close', (code) => {
      process.off('exit', stop);
      done({ ok: code === 0, output, errors });
    });
  });
  return { child, finished };
}

/**
 * The lines a command printed, each cut short: on an error Node prints the source line it
 * came from, which for a minified module (Zopfli's) is the whole module.
 */
export function printedLines(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line));
}

/** Puts what a command printed into the build log: its errors as errors when it failed, else as warnings. */
export function logResult(logger: AstroIntegrationLogger, { ok, output, errors }: ToolResult): void {
  for (const line of printedLines(output)) logger.info(line);
  for (const line of printedLines(errors)) {
    if (ok) logger.warn(line);
    else logger.error(line);
  }
}
