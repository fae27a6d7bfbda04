/**
 * What the build would get wrong or refuse, found first and put on its line: bytes
 * that are not UTF-8, invisible and direction-changing characters, impossible
 * dates (`2026-02-30` would silently become 2 March), a meeting that ends before it
 * starts, reserved file names, and the rules of the groups.json feed (run with the
 * build's own feed code, so the two can never disagree). Generic on purpose: these
 * walk whatever fields a file has, so new fields are covered without changes here.
 */
import { feedProblems, meetingGuideFeed } from '../../src/lib/directory/meeting-guide';
import type { Group } from '../../src/lib/content/schemas';
import { DEFAULT_EDITOR_EMAIL } from '../../src/lib/site';
import { fieldLabel } from './fields';
import type { Issue } from './issues';
import { locate, type YamlSource } from './source';

/**
 * Characters a reader cannot see that change what they read: direction overrides
 * and isolates (which can reverse a phone number on screen), zero-width spaces, the
 * byte-order mark inside a file, and control characters. (The zero-width joiner
 * stays: emoji need it.)
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- these invisible characters are what the check looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const NAMES: Record<string, string> = {
  '\u202e': 'right-to-left override',
  '\u202d': 'left-to-right override',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'direction pop',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'direction isolate',
  '\u2069': 'isolate pop',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u061c': 'Arabic letter mark',
  '\u200b': 'zero-width space',
  '\u2060': 'word joiner',
  '\ufeff': 'byte-order mark',
};

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text of a file, character by character: not UTF-8, or invisible characters. One issue per line. */
export function textIssues(file: string, text: string): Issue[] {
  const issues: Issue[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const bad = line.indexOf('\ufffd');
    if (bad !== -1) {
      issues.push({
        severity: 'error',
        file,
        line: i + 1,
        column: bad + 1,
        message:
          'This line has bytes that are not UTF-8 text (shown as �), so letters would come out wrong on the site. Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8) and retype the damaged letters.',
      });
      return;
    }
    // A byte-order mark at the very start of a file is how some editors save UTF-8: harmless.
    const from = i === 0 && line.startsWith('\ufeff') ? 1 : 0;
    INVISIBLE.lastIndex = from;
    const match = INVISIBLE.exec(line);
    if (match) {
      const char = match[0];
      const name = NAMES[char] ?? 'control character';
      issues.push({
        severity: 'error',
        file,
        line: i + 1,
        column: match.index + 1,
        message: `This line has an invisible character (${codePoint(char)}, ${name}). Readers cannot see it, but it can reverse or hide text, such as a phone number or a name. Delete it: retype the text around it.`,
      });
    }
  });
  return issues;
}

/** File names the site uses for its own pages. */
const RESERVED_NAMES = new Set(['index', '404']);

/** A page or group file whose name is one the site itself needs. */
export function reservedNameIssue(file: string, slug: string): Issue | undefined {
  if (!RESERVED_NAMES.has(slug)) return undefined;
  return {
    severity: 'error',
    file,
    message: `"${slug}" cannot be a file name here: the site uses that address for its own page, and the build would stop. Give the file a name that says what it is about, e.g. "coming-home".`,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a `YYYY-MM-DD` that names a real day. @example realDate('2026-02-30') // false */
export function realDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Every field of a file's data, with its path: impossible dates, meetings that end before they start. */
export function dataIssues(file: string, source: YamlSource): Issue[] {
  const issues: Issue[] = [];
  const at = (path: PropertyKey[], message: string) =>
    issues.push({ severity: 'error', file, line: locate(source, path).line, field: fieldLabel(path), message });
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string') {
      if (ISO_DATE.test(value) && !realDate(value)) {
        at(
          path,
          `${value} is not a real date (that month has no such day), and the site would quietly show another day. Write a date that exists, as YYYY-MM-DD.`,
        );
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const { start, end } = record;
    if (typeof start === 'string' && typeof end === 'string' && CLOCK.test(start) && CLOCK.test(end) && end < start) {
      at(
        [...path, 'end'],
        `The meeting ends (${end}) before it starts (${start}). Times are 24-hour: 2 in the afternoon is "14:00". Check both times.`,
      );
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(source.data, []);
  return issues;
}

/** The feed's field → the group field an editor writes, for the message's place. */
const FEED_FIELDS: Record<string, string> = {
  name: 'name',
  group: 'name',
  notes: 'description',
  location: 'address',
  location_notes: 'address',
  conference_url: 'conferenceUrl',
  time: 'schedule',
  end_time: 'schedule',
  latitude: 'coordinates',
  longitude: 'coordinates',
};

/**
 * The rules of the groups.json feed (src/lib/directory/meeting-guide.ts), which the build
 * enforces: run on each valid group, so a problem names its file and field.
 */
export function feedIssues(
  groups: readonly { file: string; id: string; data: unknown; source: YamlSource }[],
): Issue[] {
  return groups.flatMap(({ file, id, data, source }) => {
    let problems: string[];
    try {
      problems = feedProblems(
        meetingGuideFeed([{ id, data: data as Group }], {
          site: 'https://site.invalid/',
          editorEmail: DEFAULT_EDITOR_EMAIL,
        }),
      );
    } catch (error) {
      problems = [`the feed could not be made (${String((error as Error)?.message ?? error)})`];
    }
    // The feed's slug is the file name, which the file-name check explains already.
    const own = problems.map((p) => p.replace(/^meeting \d+ \([^)]*\): /, '')).filter((p) => !p.startsWith('slug'));
    // The feed repeats a field under two names (name and group): one message per field of ours.
    const seen = new Set<string>();
    return own.flatMap((what): Issue[] => {
      const key = /^(\w+)/.exec(what)?.[1] ?? '';
      const field = FEED_FIELDS[key];
      if (seen.has(field ?? what)) return [];
      seen.add(field ?? what);
      const line = field ? locate(source, [field]).line : undefined;
      return [
        {
          severity: 'error',
          file,
          line,
          field,
          message: `The meetings feed (groups.json, read by meeting-finder apps) would refuse this group, and the build would stop: ${what}. Change the ${field ?? 'group'} field so it follows this rule.`,
        },
      ];
    });
  });
}
