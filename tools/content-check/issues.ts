/**
 * A problem found in a content file, worded for an editor: where it is (file, line,
 * field), what is wrong and how to fix it. Errors stop the build; warnings do not.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Path inside the content folder, with forward slashes: `groups/kasih-subok.yaml`. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number | undefined;
  /** 1-based column on that line, when the problem is at one place in it (a tag, a link). */
  column?: number | undefined;
  /** The field, as `consent.obtained` or `schedule[1].end` (list items count from 1). */
  field?: string | undefined;
  /** What is wrong and how to fix it, in whole sentences. */
  message: string;
}

/** Where an issue is, as an editor's tools print it. @example location(issue) // 'groups/a.yaml:9' or 'articles/en/a.mdx:15:3' */
export function location(issue: Pick<Issue, 'file' | 'line' | 'column'>, root = ''): string {
  const prefix = root === '' ? '' : `${root.replace(/\/$/, '')}/`;
  const column = issue.line !== undefined && issue.column !== undefined ? `:${issue.column}` : '';
  return `${prefix}${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}${column}`;
}

/**
 * One issue on one line, as the tests assert it.
 * @example formatIssue({ severity: 'error', file: 'groups/a.yaml', line: 9, field: 'mukim', message: 'Unknown.' })
 * // 'error groups/a.yaml:9 mukim: Unknown.'
 */
export function formatIssue(issue: Issue, root = ''): string {
  return `${issue.severity} ${location(issue, root)}${issue.field ? ` ${issue.field}` : ''}: ${issue.message}`;
}

/** Files first, then lines, then errors before warnings: the order an editor fixes them in. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.message.localeCompare(b.message),
  );
}

/** Counts for the summary line. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

/**
 * A sentence: capital first letter (unless it starts with a field name such as
 * `consent.obtained`), full stop at the end.
 * @example sentence('expected a date') // 'Expected a date.'
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const startsWithWord = /^[a-z]+(\s|$|[,;:])/.test(trimmed);
  const capital = startsWithWord ? trimmed[0]!.toUpperCase() + trimmed.slice(1) : trimmed;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

const PAINT = { error: '\u001b[1;31m', warning: '\u001b[1;33m', dim: '\u001b[2m', reset: '\u001b[0m' } as const;

/**
 * An issue as the terminal shows it: a heading line with the place (clickable in
 * most editors' terminals), then the message, indented.
 */
export function formatForTerminal(issue: Issue, root = '', color = false): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${PAINT.reset}` : text);
  const label = issue.severity === 'error' ? paint(PAINT.error, 'ERROR  ') : paint(PAINT.warning, 'WARNING');
  const field = issue.field ? paint(PAINT.dim, `  field: ${issue.field}`) : '';
  return `${label}  ${location(issue, root)}${field}\n         ${issue.message}`;
}

/** The last line of a check: what to do next. */
export function summaryLine(issues: readonly Issue[], files: number): string {
  const { errors, warnings } = countIssues(issues);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors > 0) {
    return `✖ ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}. Fix the errors (a reader would see them), then run \`npm run check:content\` again. docs/editing.md, "Read an error", explains them.`;
  }
  return `✔ ${plural(files, 'file')} checked: no errors${warnings > 0 ? `, ${plural(warnings, 'warning')} (worth fixing, but they do not stop the build)` : ''}.`;
}
