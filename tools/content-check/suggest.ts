/**
 * "Did you mean …?" for a value an editor mistyped: a mukim, a district, a field
 * name, a link. Small lists only (tens to a few hundred choices).
 */

import { editDistance, foldAccents } from '../../src/lib/text';

/** Lower case, letters and digits only: "Gadong-A" and "gadong a" are the same to a reader. */
function loose(value: string): string {
  return foldAccents(value)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The choices the editor most likely meant (ties kept, at most three), or [] when
 * nothing is close. Same letters in another case or spacing win outright; otherwise
 * at most a third of the letters may differ.
 * @example closest('Brunei Muara', ['brunei-muara', 'belait']) // ['brunei-muara']
 * @example closest('Gadong', ['Gadong A', 'Gadong B', 'Seria']) // ['Gadong A', 'Gadong B']
 */
export function closest(value: string, choices: readonly string[]): string[] {
  const wanted = loose(value);
  if (wanted === '') return [];
  const same = choices.filter((c) => loose(c) === wanted);
  if (same.length > 0) return same.slice(0, 3);
  const scored = choices.map((choice) => ({ choice, distance: editDistance(wanted, loose(choice)) }));
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .filter((s) => s.distance <= Math.max(1, Math.floor(Math.max(wanted.length, loose(s.choice).length) / 3)))
    .map((s) => s.choice)
    .slice(0, 3);
}

/** `Did you mean "a" or "b"?`, or '' when there is nothing to suggest. */
export function didYouMean(value: string, choices: readonly string[]): string {
  const found = closest(value, choices);
  if (found.length === 0) return '';
  return ` Did you mean ${found.map((f) => `"${f}"`).join(' or ')}?`;
}
