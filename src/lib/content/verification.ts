/**
 * What a page may say about when a helpline's or group's details were checked.
 * Only a `verified:` record (who, when, how, evidence) earns a "verified on" date;
 * without one the page says "not yet verified" and, where the source has a date of
 * its own, shows that instead, so a reader can judge how old the information is.
 */
import type { Verified } from './schemas';

export type Verification =
  | { state: 'verified'; date: Date; by: string; method: Verified['method']; evidence: string }
  | { state: 'unverified'; sourceYear: number | undefined };

export function verification(verified: Verified | undefined, sourceYear?: number): Verification {
  if (verified) return { state: 'verified', ...verified };
  return { state: 'unverified', sourceYear };
}

/** The date a listing was last checked, or undefined when nobody has checked it. */
export function verifiedDate(verified: Verified | undefined): Date | undefined {
  return verified?.date;
}
