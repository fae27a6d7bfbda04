// @ts-check
/**
 * What the browser editor (/admin/) checks and tidies when an entry is saved. Plain
 * JavaScript, not TypeScript: src/integrations/cms-admin.ts copies this file as it is to
 * /admin/cms-hooks.js, and the unit tests import the same file.
 *
 * The editor's own checks cover required fields, choices and patterns (./config.ts);
 * these cover what depends on another field: a personal story is published only with its
 * consent record complete, a composite never carries one, and an empty optional block (an online group's address) is left out
 * rather than written as empty text the content check would refuse.
 */

/** @typedef {{ name: string, required?: boolean, widget?: string, default?: unknown, fields?: Field[] }} Field */

/**
 * The parts of a personal story's consent record (src/lib/content/schemas.ts `consentSchema`;
 * tests/unit/cms-hooks.test.ts keeps the two lists the same), with the name shown when
 * one is missing.
 */
export const CONSENT_RECORD = {
  record: 'rujukan rekod · the record reference',
  given: 'tarikh keizinan diberi · the day consent was given',
  approved: 'tarikh teks akhir dipersetujui · the day the final text was approved',
  withdraw: 'cara menarik balik (kedua-dua bahasa) · how to withdraw (both languages)',
};

export const STORY_PROBLEMS = {
  noKind: 'Pilih jenis kisah · choose the kind of story (composite or personal)',
  compositeWithConsent:
    'Kisah gabungan tiada pencerita, jadi tiada rekod keizinan: kosongkan Rekod keizinan, atau pilih personal · a composite story has no storyteller, so no consent record: empty the consent record, or choose personal',
  noConsent:
    'Kisah peribadi belum ada rekod keizinan: isi Rekod keizinan, atau simpan sebagai draf · this personal story has no consent record: fill it in, or keep it a draft',
  incomplete: 'Rekod keizinan belum lengkap · the consent record is missing',
  approvedBeforeGiven:
    'Teks akhir dipersetujui sebelum keizinan diberi: semak kedua-dua tarikh · the final text was approved before consent was given: check both dates',
};

/** @param {unknown} v */
function isEmpty(v) {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return false;
  if (typeof v === 'object') return Object.values(/** @type {object} */ (v)).every(isEmpty);
  return false;
}

/** Empty, or a both-language block with either language empty. @param {unknown} v */
function incomplete(v) {
  if (isEmpty(v)) return true;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).some(isEmpty);
}

/**
 * Why a story may not be saved (empty when it may). A composite is written by editors
 * from several people's experiences: it has no storyteller, so it may never carry a
 * consent record (that would claim a consent nobody gave). A personal story is
 * published only with every part of its consent record; a personal draft may wait (the
 * storyteller cannot approve a text not yet written). The same rules as
 * `npm run check:content` (STORY_KIND_RULES in src/lib/content/schemas.ts).
 * @param {Record<string, any>} story
 * @returns {string[]}
 */
export function storyPublishProblems(story) {
  const consent = story.consent;
  const hasConsent = typeof consent === 'object' && consent !== null && !isEmpty(consent);
  if (story.kind === 'composite') return hasConsent ? [STORY_PROBLEMS.compositeWithConsent] : [];
  if (story.kind !== 'personal') return [STORY_PROBLEMS.noKind];
  if (story.draft === true) return [];
  if (!hasConsent) return [STORY_PROBLEMS.noConsent];
  const problems = Object.entries(CONSENT_RECORD)
    .filter(([part]) => incomplete(consent[part]))
    .map(([, name]) => `${STORY_PROBLEMS.incomplete}: ${name}`);
  const given = Date.parse(consent.given);
  const approved = Date.parse(consent.approved);
  if (approved < given) problems.push(STORY_PROBLEMS.approvedBeforeGiven);
  return problems;
}

/**
 * The paths of optional fields left empty, to be removed before the file is written.
 * A required field stays, even empty, so that the check names it.
 * @param {Record<string, any>} data
 * @param {Field[]} fields
 * @param {(string | number)[]} [at]
 * @returns {(string | number)[][]}
 */
export function emptyOptionalPaths(data, fields, at = []) {
  /** @type {(string | number)[][]} */
  const paths = [];
  for (const field of fields) {
    const value = data?.[field.name];
    const path = [...at, field.name];
    if (value === undefined) continue;
    // A yes-only switch left off (a group's Ramadan `paused`: a boolean with no default,
    // see ./config.ts) is left out: the schema takes only `true`.
    const switchedOff = field.widget === 'boolean' && field.default === undefined && value === false;
    if (!field.required && (isEmpty(value) || switchedOff)) paths.push(path);
    else if (field.fields && field.widget === 'object' && value && typeof value === 'object') {
      const inner = emptyOptionalPaths(value, field.fields, path);
      // An optional block left with nothing in it (`ramadan: { paused: false }`) goes whole,
      // rather than staying as an empty `{}` the check would refuse.
      const dropped = new Set(inner.filter((p) => p.length === path.length + 1).map((p) => p[path.length]));
      const left = Object.keys(value).filter((k) => value[k] !== undefined && !dropped.has(k));
      if (!field.required && left.length === 0) paths.push(path);
      else paths.push(...inner);
    } else if (field.fields && Array.isArray(value)) {
      value.forEach((item, i) => paths.push(...emptyOptionalPaths(item, field.fields ?? [], [...path, i])));
    }
  }
  return paths;
}

/**
 * Wires both checks into Decap's save. `fieldsByCollection` comes from the generated
 * configuration (./config.ts), so the tidying follows the schemas too.
 * @param {{ registerEventListener: (l: { name: string, handler: (e: { entry: any }) => unknown }) => void }} cms
 * @param {Record<string, Field[]>} fieldsByCollection
 */
export function registerSaveChecks(cms, fieldsByCollection) {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const fields = fieldsByCollection[collection];
      if (!fields) return undefined;
      let data = entry.get('data');
      const plain = data.toJS();
      if (collection === 'stories') {
        const problems = storyPublishProblems(plain);
        // Decap shows the thrown message and writes nothing.
        if (problems.length > 0) throw new Error(problems.join('; '));
      }
      for (const path of emptyOptionalPaths(plain, fields).reverse()) data = data.deleteIn(path);
      return data;
    },
  });
}

/**
 * Lets a block (object) or a list be the same in both languages (`i18n: duplicate`), as
 * a story's consent record and an article's sources are. Decap's core copies such values
 * to every language, but the object and list widgets' own config schemas accept only
 * true/false; this widens just that one property.
 * @param {{ getWidget: (name: string) => any, registerWidget: (w: object) => void }} cms
 */
export function allowDuplicateInBlocks(cms) {
  for (const name of ['object', 'list']) {
    const widget = cms.getWidget(name);
    if (!widget) continue;
    const { control, preview, schema = {}, ...options } = widget;
    cms.registerWidget({
      ...options,
      name,
      controlComponent: control,
      previewComponent: preview,
      schema: {
        ...schema,
        properties: {
          ...schema.properties,
          i18n: { oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['translate', 'duplicate', 'none'] }] },
        },
      },
    });
  }
}
