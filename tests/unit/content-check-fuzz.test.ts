/**
 * No input can crash the checker. Real content files are mutated thousands of times
 * (hostile fragments inserted, lines cut and doubled, random characters and bytes
 * put anywhere) and the checker must always answer with messages that name the file
 * and, where there is one, a real line — never a stack trace. Runs in a few seconds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../tools/content-check/index';
import { PAGE_FILES } from '../support/content-fixtures';

/** Real files from content/: an article, a story, a standing page and a group (the shorter ones, for speed). */
const REAL: readonly ContentFile[] = [
  'articles/en/if-someone-has-taken-too-much.mdx',
  'stories/en/ismail-imam-at-our-door.mdx',
  'pages/en/quick-exit.mdx',
  'groups/keluarga-temburong-online.yaml',
].map((path) => ({ path, text: readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8') }));

/** Pieces an attacker or a slip of the keyboard would put in. */
const FRAGMENTS = [
  '<script>x()</script>',
  '<sCript>',
  '{',
  '}',
  '{process.env}',
  '{/* a */ x}',
  'import fs from "fs"\n',
  'export const a = 1\n',
  '<',
  '<3',
  '</',
  '/>',
  '<Callout tone="x">',
  '</Callout>',
  '<HelplineCard id="nope" />',
  '<a href="javascript:x">',
  '`',
  '```',
  '~~~',
  '[x](javascript:x)',
  '![](//evil/x.png)',
  '&#106;',
  '---\n',
  '---',
  ': ',
  '*Penting*',
  '&a ',
  '*a',
  '<<: *a',
  '!!js/function ',
  '!custom ',
  '__proto__: 1\n',
  '? [a]\n: b\n',
  '\t',
  '\r\n',
  '\u202e',
  '\u200b',
  '\ufffd',
  '\u0000',
  '\ud800',
  '"',
  "'",
  '#',
  '- ',
  '  ',
  '\n',
  '\n\n',
  '2026-02-30',
  'start: "16:00"',
  'end: "14:00"',
  '<!-- x -->',
  '<br>',
  '\\',
  '$',
  '|',
  '<div set:html="x">',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8, unit: 'binary' })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce((t, m) => {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    if (m.kind === 'insert') return t.slice(0, at) + m.text + t.slice(at);
    if (m.kind === 'delete') return t.slice(0, at) + t.slice(at + m.length);
    return t.slice(0, at + m.length) + t.slice(at, at + m.length) + t.slice(at + m.length);
  }, text);
}

/** Whole-file problems (a name, a place, a missing translation) are the only ones without a line or field. */
const WHOLE_FILE = /file|There is no|address|group id|empty|language folder/i;

/** 1,500 runs of 1–6 mutations each: over 5,000 mutations. */
const RUNS = 1500;

describe('the content checker under fuzzing', () => {
  it('never throws, and always answers with the file and a real line', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: REAL.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (which, mutations) => {
          runs++;
          const target = REAL[which]!;
          const text = mutate(target.text!, mutations);
          const { issues } = checkContent({
            files: [{ path: target.path, text }],
            pageFiles: PAGE_FILES,
            publicFiles: [],
          });
          const lines = text.split('\n').length;
          for (const issue of issues) {
            expect(issue.file).toBe(target.path);
            expect(issue.message).not.toMatch(/\n\s+at |\[object Object\]|undefined$/);
            expect(issue.message.length).toBeGreaterThan(10);
            if (issue.line !== undefined) {
              expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
              if (issue.file === target.path) expect(issue.line).toBeLessThanOrEqual(lines + 1);
            } else if (issue.field === undefined) {
              expect(issue.message).toMatch(WHOLE_FILE);
            }
          }
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261204) },
    );
    expect(runs).toBe(RUNS);
    // A cap for a shared, slow machine, not a speed goal: it usually takes a few seconds.
  }, 120_000);
});
