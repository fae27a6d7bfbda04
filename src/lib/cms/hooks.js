// @ts-check
/**
 * What the browser editor (/admin/) checks and tidies when an entry is saved. Plain
 * JavaScript, not TypeScript: src/integrations/cms-admin.ts copies this file as it is to
 * /admin/cms-hooks.js, and the unit tests import the same file.
 *
 * The editor's own checks cover required fields, choices and patterns (./config.ts);
 * these cover what depends on another field: a story is published only with its consent
 * record complete, and an empty optional block (an online group's address) is left out
 * rather than written as empty text the content check would refuse.
 */

/** @typedef {{ name: string, required?: boolean, widget?: string, fields?: Field[] }} Field */

/**
 * The consent answers a published story needs, with the problem shown when one is
 * missing. A story that is one person's own (`composite: false`, or `kind: personal`)
 * also needs every field of its consent record filled in.
 */
const CONSENT_ANSWERS = {
  obtained: 'Persetujuan bertulis belum diperoleh · the written agreement has not been obtained',
  anonymised: 'Butiran yang mengenal pasti belum dibuang · identifying details have not been removed',
  reviewedByStoryteller: 'Pencerita belum membaca teks akhir · the storyteller has not read the final text',
};

/** @param {unknown} v */
function isEmpty(v) {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return false;
  if (typeof v === 'object') return Object.values(/** @type {object} */ (v)).every(isEmpty);
  return false;
}

/**
 * Why a story may not be saved as published (empty when it may). A draft may wait for
 * consent: the storyteller cannot review a text not yet written.
 * @param {Record<string, any>} story
 * @returns {string[]}
 */
export function storyPublishProblems(story) {
  if (story.draft === true) return [];
  const consent = story.consent;
  const personal = story.kind === 'personal' || story.composite === false;
  if (!consent || typeof consent !== 'object' || isEmpty(consent)) {
    return personal || !('kind' in story)
      ? ['Kisah ini belum ada rekod keizinan · this story has no consent record']
      : [];
  }
  const problems = [];
  for (const [answer, problem] of Object.entries(CONSENT_ANSWERS)) {
    if (answer in consent && consent[answer] !== true) problems.push(problem);
  }
  if (personal) {
    for (const [field, value] of Object.entries(consent)) {
      if (isEmpty(value)) problems.push(`Rekod keizinan belum lengkap · the consent record is missing ${field}`);
    }
  }
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
    if (!field.required && isEmpty(value)) paths.push(path);
    else if (field.fields && field.widget === 'object' && value && typeof value === 'object') {
      paths.push(...emptyOptionalPaths(value, field.fields, path));
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
