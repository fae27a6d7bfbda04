/**
 * The browser editor's save checks (src/lib/cms/hooks.js): what it refuses to publish,
 * and what it leaves out of a file rather than writing empty.
 */
import { describe, expect, it } from 'vitest';
import { cmsCollections } from '../../src/lib/cms/config';
import {
  allowDuplicateInBlocks,
  emptyOptionalPaths,
  registerSaveChecks,
  CONSENT_RECORD,
  STORY_PROBLEMS,
  storyPublishProblems,
} from '../../src/lib/cms/hooks.js';
import { consentSchema } from '../../src/lib/content/schemas';

const consent = {
  record: 'CR-2026-014',
  given: '2026-10-01',
  approved: '2026-10-05',
  withdraw: { ms: 'Hubungi editor.', en: 'Contact the editors.' },
};

describe('a personal story is published only with its consent record; a composite carries none', () => {
  it('names exactly the parts of the schema’s consent record', () => {
    expect(Object.keys(CONSENT_RECORD)).toEqual(Object.keys(consentSchema.shape));
  });

  it('lets a complete personal story, a personal draft and a composite through', () => {
    expect(storyPublishProblems({ kind: 'personal', consent, draft: false })).toEqual([]);
    expect(storyPublishProblems({ kind: 'personal', draft: true })).toEqual([]);
    expect(storyPublishProblems({ kind: 'composite', draft: false })).toEqual([]);
    // The form's empty consent block (dates start as '') is no consent.
    expect(
      storyPublishProblems({ kind: 'composite', consent: { record: '', given: '', withdraw: { ms: '', en: '' } } }),
    ).toEqual([]);
  });

  it('refuses a published personal story with no consent record', () => {
    expect(storyPublishProblems({ kind: 'personal', draft: false })).toEqual([STORY_PROBLEMS.noConsent]);
    expect(storyPublishProblems({ kind: 'personal', consent: { record: '', given: '' } })).toEqual([
      STORY_PROBLEMS.noConsent,
    ]);
  });

  it('names each missing part, including one language of the withdrawal', () => {
    const problems = storyPublishProblems({
      kind: 'personal',
      consent: { ...consent, approved: '', withdraw: { ms: 'Hubungi editor.', en: '' } },
    });
    expect(problems).toEqual([
      `${STORY_PROBLEMS.incomplete}: ${CONSENT_RECORD.approved}`,
      `${STORY_PROBLEMS.incomplete}: ${CONSENT_RECORD.withdraw}`,
    ]);
  });

  it('refuses approval before consent', () => {
    expect(storyPublishProblems({ kind: 'personal', consent: { ...consent, approved: '2026-09-01' } })).toEqual([
      STORY_PROBLEMS.approvedBeforeGiven,
    ]);
  });

  it('refuses a composite with a consent record, even as a draft, and a story with no kind', () => {
    expect(storyPublishProblems({ kind: 'composite', consent, draft: true })).toEqual([
      STORY_PROBLEMS.compositeWithConsent,
    ]);
    expect(storyPublishProblems({ consent })).toEqual([STORY_PROBLEMS.noKind]);
  });
});

describe('an optional field left empty is left out of the file', () => {
  const groupFields = cmsCollections().find((c) => c.name === 'groups')?.fields ?? [];

  it('drops an empty address and coordinates, keeps the required contact block', () => {
    const data = {
      name: { ms: 'A', en: 'B' },
      address: { ms: '', en: '' },
      coordinates: { lat: null, lng: null },
      accessibility: {},
      conferenceUrl: 'https://example.org/meet',
      contact: { email: 'x@example.org', phone: '', url: '' },
      schedule: [{ day: 'friday', start: '14:30', end: '16:00' }],
    };
    expect(emptyOptionalPaths(data, groupFields)).toEqual([
      ['address'],
      ['coordinates'],
      ['accessibility'],
      ['contact', 'phone'],
      ['contact', 'url'],
    ]);
  });

  it('leaves out a yes-only switch left off (Ramadan paused), keeps one switched on, and keeps sample: false', () => {
    const data = { sample: false, ramadan: { paused: false }, verified: { date: '', by: '', evidence: '' } };
    // The Ramadan block is then empty, so it goes whole.
    expect(emptyOptionalPaths(data, groupFields)).toEqual([['ramadan'], ['verified']]);
    const schedule = [{ day: 'friday', after: 'isyak', duration: 60 }];
    expect(emptyOptionalPaths({ ramadan: { schedule, paused: false } }, groupFields)).toEqual([['ramadan', 'paused']]);
    expect(emptyOptionalPaths({ ramadan: { paused: true } }, groupFields)).toEqual([]);
  });

  it('keeps a required field even when empty, so the check names it', () => {
    expect(emptyOptionalPaths({ source: '', name: { ms: '', en: '' } }, groupFields)).toEqual([]);
  });
});

/** Just enough of Immutable's Map for the save check: get, toJS, deleteIn. */
class FakeMap {
  constructor(private readonly value: Record<string, any>) {}
  get(key: string) {
    return this.value[key];
  }
  toJS() {
    return structuredClone(this.value);
  }
  deleteIn(path: (string | number)[]) {
    const copy = structuredClone(this.value);
    let node: any = copy;
    for (const key of path.slice(0, -1)) node = node[key];
    delete node[path.at(-1) as string];
    return new FakeMap(copy);
  }
}

describe('the checks are wired into Decap’s save', () => {
  const handler = () => {
    let registered: ((e: { entry: any }) => unknown) | undefined;
    registerSaveChecks(
      { registerEventListener: (l) => (registered = l.handler) },
      {
        stories: [{ name: 'age', required: false }],
        groups: [{ name: 'address', required: false, widget: 'object', fields: [] }],
      },
    );
    if (!registered) throw new Error('nothing registered');
    return registered;
  };
  const entry = (collection: string, data: Record<string, unknown>) =>
    new FakeMap({ collection, data: new FakeMap(data) });

  it('throws (Decap then writes nothing) for a personal story with an incomplete consent record', () => {
    expect(() =>
      handler()({ entry: entry('stories', { kind: 'personal', consent: { ...consent, record: '' } }) }),
    ).toThrow(/the record reference/);
  });

  it('returns the data without the empty optional fields', () => {
    const result = handler()({ entry: entry('groups', { address: { ms: '', en: '' }, source: 'x' }) }) as FakeMap;
    expect(result.toJS()).toEqual({ source: 'x' });
  });

  it('leaves other collections alone', () => {
    expect(handler()({ entry: entry('pages', { title: '' }) })).toBeUndefined();
  });
});

describe('blocks and lists may be the same in both languages', () => {
  it('widens only the i18n property of the object and list widgets', () => {
    const widgets: Record<string, any> = {
      object: {
        control: 'O',
        preview: 'P',
        schema: { properties: { collapsed: { type: 'boolean' }, i18n: { type: 'boolean' } } },
      },
      list: { control: 'L', preview: 'Q', schema: { properties: { i18n: { type: 'boolean' } } }, allowMapValue: true },
      string: { control: 'S', schema: {} },
    };
    const registered: any[] = [];
    allowDuplicateInBlocks({ getWidget: (n) => widgets[n], registerWidget: (w) => registered.push(w) });
    expect(registered.map((w) => w.name)).toEqual(['object', 'list']);
    expect(registered[0]).toMatchObject({ controlComponent: 'O', previewComponent: 'P' });
    expect(registered[0].schema.properties.collapsed).toEqual({ type: 'boolean' });
    expect(registered[0].schema.properties.i18n.oneOf[1].enum).toContain('duplicate');
    expect(registered[1].allowMapValue).toBe(true);
  });
});
