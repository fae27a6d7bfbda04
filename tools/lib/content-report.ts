/**
 * `npm run content:report`: the state of the content for the editors' weekly look —
 * which pages exist in which language, translations that fell behind their original,
 * groups not verified for over 12 months, and sample entries still on the site.
 * Built from what `checkContent` read, written as Markdown.
 */
import { LOCALES, type Locale } from '../../src/i18n/locales';
import type { CheckedEntry, Issue } from '../content-check/index';
import { countIssues } from '../content-check/issues';
import { formatDate, isoDate, monthsBetween } from '../../src/lib/dates';
import { isStale, STALE_AFTER_MONTHS } from '../../src/lib/directory/group-page';

/** A date from validated data (a Date) or from data that failed validation (maybe a string). */
function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  return undefined;
}

const DAY = 24 * 60 * 60 * 1000;

export interface PageRow {
  kind: 'article' | 'story';
  slug: string;
  section: string;
  versions: Partial<Record<Locale, { updated: Date | undefined; draft: boolean; translationOf: unknown }>>;
  /** The locale that is behind its original, and by how many days. */
  behind?: { locale: Locale; days: number } | undefined;
}

/**
 * One row per article or story slug. A version is "behind" when its `updated` is
 * older than the other's and it is the translation (marked `translationOf`, or
 * either one when neither is marked: the older of two is the one to check).
 */
export function pageRows(entries: readonly CheckedEntry[]): PageRow[] {
  const rows = new Map<string, PageRow>();
  for (const e of entries) {
    if ((e.collection !== 'articles' && e.collection !== 'stories') || !e.locale) continue;
    const kind = e.collection === 'articles' ? 'article' : 'story';
    const key = `${kind}/${e.slug}`;
    const row = rows.get(key) ?? {
      kind,
      slug: e.slug,
      section: kind === 'story' ? 'stories' : String(e.data.section ?? '?'),
      versions: {},
    };
    row.versions[e.locale] = {
      updated: asDate(e.data.updated),
      draft: e.data.draft === true,
      translationOf: e.data.translationOf,
    };
    rows.set(key, row);
  }
  for (const row of rows.values()) {
    const [a, b] = LOCALES.map((l) => row.versions[l]);
    if (!a?.updated || !b?.updated) continue;
    const days = Math.round((a.updated.getTime() - b.updated.getTime()) / DAY);
    if (days === 0) continue;
    const older: Locale = days > 0 ? LOCALES[1] : LOCALES[0];
    const olderVersion = row.versions[older]!;
    // The original being older than its translation is normal: only a translation falls behind.
    const originalIsOlder = LOCALES.some((l) => l !== older && row.versions[l]?.translationOf === older);
    if (!originalIsOlder || olderVersion.translationOf !== undefined)
      row.behind = { locale: older, days: Math.abs(days) };
  }
  return [...rows.values()].sort(
    (x, y) => x.kind.localeCompare(y.kind) || x.section.localeCompare(y.section) || x.slug.localeCompare(y.slug),
  );
}

export interface GroupRow {
  id: string;
  name: string;
  district: string;
  lastVerified: Date | undefined;
  months: number | undefined;
  sample: boolean;
}

/** Every group with its verification age. */
export function groupRows(entries: readonly CheckedEntry[], now: Date): GroupRow[] {
  return entries
    .filter((e) => e.collection === 'groups')
    .map((e) => {
      const lastVerified = asDate((e.data.verified as { date?: unknown } | undefined)?.date);
      const name = e.data.name as { ms?: unknown; en?: unknown } | undefined;
      return {
        id: e.slug,
        name: String(name?.ms ?? e.slug),
        district: String(e.data.district ?? '?'),
        lastVerified,
        months: lastVerified ? monthsBetween(lastVerified, now) : undefined,
        sample: e.data.sample === true,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Text for a Markdown table cell: no pipes or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function versionCell(v: PageRow['versions'][Locale]): string {
  if (!v) return '—';
  const date = v.updated ? isoDate(v.updated) : 'no date';
  return v.draft ? `draft · ${date}` : `✓ ${date}`;
}

function translationCell(row: PageRow): string {
  const present = LOCALES.filter((l) => row.versions[l]);
  if (present.length === 1) return `only ${present[0]}`;
  const drafts = LOCALES.filter((l) => row.versions[l]?.draft);
  if (row.behind) return `⚠ ${row.behind.locale} is ${row.behind.days} day${row.behind.days === 1 ? '' : 's'} older`;
  if (drafts.length === 1) return `${drafts[0]} not yet published`;
  return 'up to date';
}

export interface ContentReport {
  markdown: string;
  errors: number;
  warnings: number;
}

/** The whole report as Markdown. */
export function contentReport(entries: readonly CheckedEntry[], issues: readonly Issue[], now: Date): ContentReport {
  const pages = pageRows(entries);
  const groups = groupRows(entries, now);
  const stale = groups.filter((g) => g.lastVerified && isStale(g.lastVerified, now));
  const unverified = groups.filter((g) => !g.lastVerified);
  const samples = groups.filter((g) => g.sample);
  const behind = pages.filter((p) => p.behind);
  const { errors, warnings } = countIssues(issues);
  const lines: string[] = [];
  const out = (...more: string[]) => lines.push(...more);

  out(`# Content report — ${formatDate(now, 'en')}`, '');
  out(
    `${pages.filter((p) => p.kind === 'article').length} articles, ${pages.filter((p) => p.kind === 'story').length} stories, ${groups.length} groups. ` +
      `Content check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` +
      (errors + warnings > 0 ? ' (run `npm run check:content` for the details).' : '.'),
    '',
  );

  out(
    '## Articles and stories',
    '',
    'Each version shows its `updated` date; ⚠ marks a translation older than its original.',
    '',
  );
  out('| Kind | Page | Section | ms | en | Translation |', '| --- | --- | --- | --- | --- | --- |');
  for (const p of pages) {
    out(
      `| ${p.kind} | ${cell(p.slug)} | ${cell(p.section)} | ${versionCell(p.versions.ms)} | ${versionCell(p.versions.en)} | ${translationCell(p)} |`,
    );
  }
  out('');

  out('## Translations older than their original', '');
  if (behind.length === 0) out('None: every translation is as recent as its original.');
  for (const p of behind) {
    const newer = LOCALES.find((l) => l !== p.behind!.locale)!;
    out(
      `- ${p.kind} **${p.slug}**: the ${p.behind!.locale} version is ${p.behind!.days} days older than the ${newer} one — check it still says the same.`,
    );
  }
  out('');

  out(`## Groups verified more than ${STALE_AFTER_MONTHS} months ago`, '');
  if (stale.length === 0) out(`None: every group was verified in the last ${STALE_AFTER_MONTHS} months.`);
  else {
    out('| Group | Name | District | Last verified | Months ago |', '| --- | --- | --- | --- | --- |');
    for (const g of stale)
      out(`| ${cell(g.id)} | ${cell(g.name)} | ${cell(g.district)} | ${isoDate(g.lastVerified!)} | ${g.months} |`);
  }
  out('');

  out('## Groups not yet verified', '');
  if (unverified.length === 0) out('None: every group has a verified: record.');
  else {
    out(
      `${unverified.length} of ${groups.length} groups have no \`verified:\` record, so their pages say "not yet verified". Check each with the group and add the record.`,
      '',
    );
    out('| Group | Name | District |', '| --- | --- | --- |');
    for (const g of unverified) out(`| ${cell(g.id)} | ${cell(g.name)} | ${cell(g.district)} |`);
  }
  out('');

  out('## Sample entries still published', '');
  if (samples.length === 0) out('None: no sample group is on the site.');
  else {
    out(
      `${samples.length} of ${groups.length} groups are samples (\`sample: true\`): the site labels them, but they are not real groups. Replace each with a verified group, or delete it.`,
      '',
    );
    out('| Group | Name | District |', '| --- | --- | --- |');
    for (const g of samples) out(`| ${cell(g.id)} | ${cell(g.name)} | ${cell(g.district)} |`);
  }
  out('');

  const drafts = pages.flatMap((p) =>
    LOCALES.filter((l) => p.versions[l]?.draft).map(
      (l) => `${p.kind === 'article' ? 'articles' : 'stories'}/${l}/${p.slug}.mdx`,
    ),
  );
  out('## Drafts (not on the site)', '');
  if (drafts.length === 0) out('None.');
  for (const d of drafts) out(`- ${d}`);
  out('');

  return { markdown: lines.join('\n'), errors, warnings };
}
