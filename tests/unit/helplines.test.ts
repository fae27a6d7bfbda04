import { describe, expect, it } from 'vitest';
import { helplineGroups } from '../../src/lib/helplines';

const line = (id: string, emergency: boolean, reporting: boolean) => ({ id, data: { id, emergency, reporting } });

describe('helplineGroups', () => {
  it('lists reporting lines apart by their field, never as support, whatever their id', () => {
    const all = [
      line('ambulance', true, false),
      line('talian-harapan', false, false),
      line('ncb-office', false, true),
      // An id that looks like a reporting line but is not marked as one stays a support line.
      line('ncb-family-support', false, false),
      line('tip-off', false, true),
    ];
    const { emergency, support, reporting } = helplineGroups(all);
    expect(emergency.map((h) => h.id)).toEqual(['ambulance']);
    expect(support.map((h) => h.id)).toEqual(['talian-harapan', 'ncb-family-support']);
    expect(reporting.map((h) => h.id)).toEqual(['ncb-office', 'tip-off']);
  });
});
