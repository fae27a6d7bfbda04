/**
 * Content can hold web addresses (sources, a group's site, an online meeting link);
 * pages turn them into links. Only http(s) may pass, so no address in content can
 * become a link that runs script when a reader taps it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema, groupSchema } from '../../src/lib/content/schemas';

const group = parse(readFileSync('content/groups/teratai-bandar.yaml', 'utf8')) as Record<string, unknown>;
const article = {
  title: 'What is peer support?',
  description: 'Help from someone who has been there.',
  section: 'learn',
  updated: '2026-11-20',
  sources: [{ title: 'A source', publisher: 'A publisher', year: 2024 }],
};

const unsafe = [
  'javascript:window.__xss=1',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

describe('web addresses in content', () => {
  it('accept https and http addresses', () => {
    expect(
      groupSchema.safeParse({ ...group, contact: { email: null, url: 'https://example.org/group' } }).success,
    ).toBe(true);
    expect(
      groupSchema.safeParse({ ...group, format: 'hybrid', conferenceUrl: 'https://meet.example.org/x' }).success,
    ).toBe(true);
    expect(
      articleSchema.safeParse({
        ...article,
        sources: [{ ...article.sources[0], url: 'http://example.org/report.pdf' }],
      }).success,
    ).toBe(true);
  });

  it.each(unsafe)('refuse %s as a group’s web address', (url) => {
    expect(groupSchema.safeParse({ ...group, contact: { email: null, url } }).success).toBe(false);
  });

  it.each(unsafe)('refuse %s as an online meeting link', (url) => {
    expect(groupSchema.safeParse({ ...group, format: 'hybrid', conferenceUrl: url }).success).toBe(false);
  });

  it.each(unsafe)('refuse %s as a source address', (url) => {
    expect(articleSchema.safeParse({ ...article, sources: [{ ...article.sources[0], url }] }).success).toBe(false);
  });
});
