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
  storyPublishProblems,
} from '../../src/lib/cms/hooks.js';

const consent = { obtained: true, date: '2026-10-01', anonymised: true, reviewedByStoryteller: true };

describe('a story is published only with its consent answers', () => {
  it('lets a complete story and any draft through', () => {
    expect(storyPublishProblems({ composite: true, consent, draft: false })).toEqual([]);
    expect(storyPublishProblems({ composite: false, consent: { ...consent, obtained: false }, draft: true })).toEqual(
      [],
    );
  });

  it('refuses each answer that is not yet true', () => {
    const problems = storyPublishProblems({
      composite: true,
      consent: { ...consent, obtained: false, reviewedByStoryteller: false },
    });
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).toMatch(/written agreement/);
    expect(problems.join(' ')).toMatch(/has not read the final text/);
  });

  it('refuses a story with no consent record', () => {
    expect(storyPublishProblems({ composite: true, draft: false })).toHaveLength(1);
    expect(storyPublishProblems({ composite: true, consent: { obtained: '', date: '' } })).toHaveLength(1);
  });

  it('with kinds (composite | personal): a personal story needs every consent field; a composite none', () => {
    expect(storyPublishProblems({ kind: 'composite', draft: false })).toEqual([]);
    expect(storyPublishProblems({ kind: 'personal', draft: false })).toHaveLength(1);
    const partial = storyPublishProblems({
      kind: 'personal',
      consent: { record: 'R-12', given: '2026-10-01', approved: '' },
    });
    expect(partial).toEqual(['Rekod keizinan belum lengkap · the consent record is missing approved']);
    expect(
      storyPublishProblems({
        kind: 'personal',
        consent: { record: 'R-12', given: '2026-10-01', approved: '2026-10-05' },
      }),
    ).toEqual([]);
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

  it('throws (Decap then writes nothing) for a story without consent', () => {
    expect(() =>
      handler()({ entry: entry('stories', { composite: true, consent: { ...consent, anonymised: false } }) }),
    ).toThrow(/identifying details/);
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
