import { describe, expect, it } from 'vitest';
import { verification, verifiedDate } from '../../src/lib/content/verification';

const record = {
  date: new Date('2026-11-01'),
  by: 'site editor',
  method: 'website' as const,
  evidence: 'https://www.moh.gov.bn/',
};

describe('verification', () => {
  it('says "not yet verified" without a record, keeping the source year to show instead', () => {
    expect(verification(undefined, 2019)).toEqual({ state: 'unverified', sourceYear: 2019 });
    expect(verification(undefined)).toEqual({ state: 'unverified', sourceYear: undefined });
    expect(verifiedDate(undefined)).toBeUndefined();
  });

  it('gives who, when, how and the evidence only when there is a record', () => {
    expect(verification(record, 2019)).toEqual({ state: 'verified', ...record });
    expect(verifiedDate(record)).toEqual(new Date('2026-11-01'));
  });
});
