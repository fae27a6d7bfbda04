/**
 * Every way content can be wrong, proved on a fixture each: the valid base tree in
 * tests/fixtures/bad-content/_base with one fixture's files laid over it, and the
 * exact messages an editor reads (as `npm run check:content` prints them, on one line).
 */
import { describe, expect, it } from 'vitest';
import { mdxSyntax } from '../../tools/lib/mdx-syntax.mjs';
import { checkContent, formatIssue } from '../../tools/content-check/index';
import { fixtureInput, fixtureNames } from '../support/content-fixtures';

const messages = (name?: string) => checkContent(fixtureInput(name, mdxSyntax)).issues.map((i) => formatIssue(i));

const EXPECTED: Record<string, string[]> = {
  'callout-unknown-tone': [
    'error articles/en/base-article.mdx:15:1: <Callout tone="warning"> is not allowed; use one of: info, tip, important.',
  ],
  'colon-in-title': [
    'error articles/en/base-article.mdx:2: A value contains a colon followed by a space, or a line is indented more than the one above. If the text contains ": ", put the whole value in double quotes, e.g. title: "Relapse: what helps". (The YAML reader said: "Nested mappings are not allowed in compact mappings".)',
  ],
  'coordinates-in-miri': [
    'error groups/base-group.yaml:9 coordinates: These coordinates are outside Brunei (latitude 4.0–5.1, longitude 114.0–115.4); check the order: lat first. You wrote { lat: 4.3995, lng: 113.9914 }.',
  ],
  'coordinates-swapped': [
    'error groups/base-group.yaml:9 coordinates: These coordinates are outside Brunei (latitude 4.0–5.1, longitude 114.0–115.4); check the order: lat first. You wrote { lat: 114.3255, lng: 4.6075 }. They look swapped: write { lat: 4.6075, lng: 114.3255 }.',
  ],
  'curly-brackets-in-mdx': [
    'error articles/en/base-article.mdx:15:5: Curly brackets { } run code in an MDX file, so this text would break the page. Write \\{ and \\} to show them, or use round brackets ( ) instead.',
  ],
  'date-written-wrongly': [
    'error articles/en/base-article.mdx:6 updated: Expected a date written as YYYY-MM-DD, e.g. 2026-11-20. You wrote "10/01/2026".',
  ],
  'description-too-long': [
    'error articles/en/base-article.mdx:3 description: The description is longer than 160 characters; shorten it. It has 166 characters.',
  ],
  'field-twice': [
    'error articles/en/base-article.mdx:12: This field appears twice; keep only one of them. (The YAML reader said: "Map keys must be unique".)',
  ],
  'file-in-subfolder': [
    'error articles/en/families/base-article.mdx: Pages cannot sit in a subfolder. Move the file up into articles/en/ (the section is set by section: in the front matter).',
  ],
  'file-name-with-capitals-and-spaces': [
    'error articles/en/Coming Home.mdx: The file name "Coming Home" is also the page address, so it may use only lower-case letters, digits and hyphens. Rename the file to "coming-home.mdx".',
    'warning articles/en/Coming Home.mdx: There is no Malay version (articles/ms/Coming Home.mdx). Until there is, the Malay site shows this page in English, under a notice. See "Translate a page" in docs/editing.md.',
  ],
  'file-outside-language-folder': [
    'error stories/lost-story.mdx: This file is not in a language folder. Move it into stories/ms/ or stories/en/.',
  ],
  'front-matter-not-closed': [
    'error articles/en/base-article.mdx:1: The front matter is never closed. Add a line with only three dashes (---) after the last field (usually draft: …), before the text begins.',
  ],
  'group-ids-differ-only-in-case': [
    'error groups/Base-Group.yaml: The file name "Base-Group" is also the page address, so it may use only lower-case letters, digits and hyphens. Rename the file to "base-group.yaml".',
    'error groups/Base-Group.yaml: The group id "base-group" is used twice: by groups/base-group.yaml and by this file (capital letters do not count, so they would overwrite each other). Rename one of them.',
  ],
  'hash-in-unquoted-value': [
    'warning articles/en/base-article.mdx:2: Everything after " #" is read as a note, so this value is only "Step". If the # belongs to the text, put the whole value in double quotes, e.g. "Step #1 of recovery".',
  ],
  'helpline-card-unknown-id': [
    'error articles/en/base-article.mdx:15:1: There is no helpline with id "talian" in helplines.yaml. Did you mean "talian-harapan"? The ids are: talian-harapan, ambulance.',
  ],
  'helpline-id-twice': [
    'error helplines.yaml:9 [2].id: The id "talian-harapan" is already used by item 1. Each item needs its own id.',
  ],
  'html-comment-in-mdx': [
    'error articles/en/base-article.mdx:17:1: MDX files cannot contain <!-- … --> comments. Write a note for other editors as {/* your note */} instead. (The MDX reader said: "Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_`".)',
  ],
  'iframe-in-content': [
    'error articles/en/base-article.mdx:15:1: <iframe> is not allowed in content. An embedded frame loads another website on the reader’s device, which this site promises never to do. Link to the page instead.',
  ],
  'image-from-another-website': [
    'error articles/en/base-article.mdx:15:1: This image loads from another website (https://example.com/bench.jpg), so every reader’s device would contact that website. Save the image in public/images/ and write its path, e.g. /images/name.svg.',
  ],
  'image-missing': [
    'error articles/en/base-article.mdx:15:1: The image /images/bnech.svg does not exist. Put the file in public/images/bnech.svg (or fix the path).',
  ],
  'image-without-alt': [
    'error articles/en/base-article.mdx:15:1: This image has no description (alt text). Write what it shows between the square brackets, e.g. ![Two friends talking on a bench](/images/bench.svg). Readers who cannot see the image hear this text.',
  ],
  'img-tag-without-alt': [
    'error articles/en/base-article.mdx:15:1: This <img> has no description (alt text). Add alt="…" saying what the image shows, e.g. <img src="/images/bench.svg" alt="Two friends talking on a bench" />.',
  ],
  'less-than-sign-in-mdx': [
    'error articles/en/base-article.mdx:15:21: A "<" here looks like the start of a component, so the page cannot be built. Write &lt; instead, or use words ("less than"). For a web address, write a link: [the page name](https://…). (The MDX reader said: "Unexpected character after `<`, expected a valid JSX tag".)',
  ],
  'link-to-a-draft': [
    'error articles/en/base-article.mdx:15:6: This links to /en/stories/base-story/, but that page is still a draft (draft: true), so it is not on the site. Publish that page first, or remove the link.',
    'error articles/ms/base-article.mdx:15:6: This links to /ms/stories/base-story/, but that page is still a draft (draft: true), so it is not on the site. Publish that page first, or remove the link.',
  ],
  'link-to-missing-page': [
    'error articles/en/base-article.mdx:15:6: The link "/en/stories/base-stroy/" goes to /en/stories/base-stroy/, but there is no such page on the site. Did you mean "/en/stories/base-story/"?',
  ],
  'link-to-other-language': [
    'warning articles/en/base-article.mdx:15:6: This English page links to the Malay page /ms/stories/base-story/. Readers expect to stay in their language: link to /en/stories/base-story/ unless you mean to switch language.',
  ],
  'link-without-language': [
    'error articles/en/base-article.mdx:15:6: Addresses start with the language. Change the link "/groups/" to "/en/groups/".',
  ],
  'link-without-slash': [
    'error articles/en/base-article.mdx:15:5: Every address on this site ends with a slash. Change the link "/en/help" to "/en/help/".',
  ],
  'missing-field': [
    'error stories/en/base-story.mdx narrator: This field is missing. Expected the narrator’s pseudonym (text).',
  ],
  'misspelt-field': [
    'error groups/base-group.yaml:18 verifed: The site does not know the field "verifed" and would ignore it. Did you mean "verified"?',
  ],
  'unknown-field': [
    'error groups/base-group.yaml:21 website: The site does not know the field "website" and would ignore it. Remove it, or check its spelling. The fields allowed here are: name, kind, description, district, mukim, address, coordinates, schedule, ramadan, meetsOnHolidays, languages, format, conferenceUrl, audience, accessibility, contact, cost, families, runBy, firstTime, verified, source, sample.',
  ],
  'mukim-in-another-district': ['error groups/base-group.yaml:7 mukim: Mukim "Bangar" is in temburong, not belait.'],
  'no-front-matter': [
    'error articles/en/no-front-matter.mdx:1: No front matter at the top of the file. The very first line must be three dashes (---), then the fields (title: …), then another line of three dashes. Start from a template with `npm run new`, or copy the top of a file that works.',
  ],
  'number-in-quotes': [
    'error articles/en/base-article.mdx:11 sources[1].year: Expected the year as a number, e.g. 2023. You wrote "2021". Remove the quotes around it.',
  ],
  'page-in-one-language-only': [
    'warning articles/en/only-english.mdx: There is no Malay version (articles/ms/only-english.mdx). Until there is, the Malay site shows this page in English, under a notice. See "Translate a page" in docs/editing.md.',
  ],
  'placeholder-left-in-group': [
    'error groups/base-group.yaml:19: Placeholder text (TODO) is still on line 19. Replace each TODO with the real information and delete the word TODO.',
  ],
  'placeholder-left-in-published-page': [
    'error articles/en/base-article.mdx:15: Placeholder text (TODO) is still on line 15. Replace each TODO with the real information and delete the word TODO, or set draft: true to keep the page off the site for now.',
  ],
  'reflection-without-source': [
    'error stories/en/base-story.mdx:14:1: <Reflection> needs source="…", e.g. <Reflection source="Surah Az-Zumar 39:53">Quoted words…</Reflection>',
  ],
  'same-slug-twice': [
    'error stories/en/Base-Story.mdx: The file name "Base-Story" is also the page address, so it may use only lower-case letters, digits and hyphens. Rename the file to "base-story.mdx".',
    'error stories/en/Base-Story.mdx: The page address "base-story" is used twice: by stories/en/base-story.mdx and by this file (capital letters do not count, so they would overwrite each other). Rename one of them.',
    'warning stories/en/Base-Story.mdx: There is no Malay version (stories/ms/Base-Story.mdx). Until there is, the Malay site shows this page in English, under a notice. See "Translate a page" in docs/editing.md.',
  ],
  'slug-in-front-matter': [
    'error articles/en/base-article.mdx:12 slug: The site does not know the field "slug" and would ignore it. Remove the slug line: the file name is the page address (rename the file to change it).',
  ],
  'tab-indentation': [
    'error groups/base-group.yaml:11: A line is indented with a tab; indent with spaces (two per level). (The YAML reader said: "Tabs are not allowed as indentation".)',
  ],
  'translation-in-another-section': [
    'error articles/en/base-article.mdx:4 section: The section here is "families", but the Malay version (articles/ms/base-article.mdx) says "learn". A page and its translation must be in the same section, or the language switch leads to a missing page. Use section: learn in both files (or change both).',
  ],
  'translation-of-itself': [
    'error stories/en/base-story.mdx:11 translationOf: translationOf: en says this file translates itself. Write the language of the original (ms), or remove the line if this file is the original.',
  ],
  'translation-without-original': [
    'error stories/en/coming-home.mdx:11 translationOf: This file is marked as a translation of the Malay page (translationOf: ms), but there is no stories/ms/coming-home.mdx. A translation has the same file name as its original: rename this file to match the original, or remove the translationOf line if this is an original page.',
  ],
  'unknown-component': [
    'error articles/en/base-article.mdx:15:1: <Calout> is not a component you can use here. Did you mean "Callout"? The components are: Callout, HelplineCard, Reflection, ContentNote (examples in docs/editing.md).',
  ],
  'unknown-district': [
    'error groups/base-group.yaml:6 district: Expected one of the four districts: brunei-muara, belait, tutong, temburong. You wrote "Brunei Muara". Did you mean "brunei-muara"?',
  ],
  'unknown-mukim': [
    'error groups/base-group.yaml:7 mukim: Unknown mukim; use one of the 39 mukims spelled as in docs/editing.md (e.g. "Gadong A", "Seria"). You wrote "Gadong". Did you mean "Gadong A" or "Gadong B"?',
  ],
  'old-last-verified-field': [
    'error groups/base-group.yaml:18 lastVerified: The site does not know the field "lastVerified" and would ignore it. A date alone is no longer enough. If someone really checked, write verified: { date, by, method, evidence } (docs/editing.md); if not, remove the line and the page says "not yet verified".',
  ],
  'personal-story-approved-before-consent': [
    'error stories/en/base-story.mdx:13 consent.approved: The storyteller approved the text before consent was given; check both dates. You wrote "2026-01-08".',
  ],
  'personal-story-without-consent': [
    'error stories/en/base-story.mdx consent: This field is missing. A personal story needs a consent record before it is published: consent: { record, given, approved, withdraw } (docs/editing.md); or keep draft: true.',
  ],
  'story-with-old-composite-field': [
    'error stories/en/base-story.mdx kind: This field is missing. Say what kind of story this is: kind: composite (editors wrote it from several experiences) or kind: personal (one person told it, with consent).',
    'error stories/en/base-story.mdx:9 composite: The site does not know the field "composite" and would ignore it. Write kind: composite (editors wrote it from several experiences) or kind: personal (one person told it, with consent) instead.',
  ],
  'verified-date-in-future': [
    'error groups/base-group.yaml:18 verified.date: This date is in the future; write the day it was actually done (YYYY-MM-DD). You wrote "2099-01-10".',
  ],
  'verified-method-unknown': [
    'error helplines.yaml:8 [1].verified.method: Expected how it was verified: phone, website, notice, in-person, email. You wrote "whatsapp".',
  ],
  'verified-without-evidence': [
    'error groups/base-group.yaml:18 verified.evidence: This field is missing. Expected the evidence (the web address read, or a note of the call: number dialled, who answered) (text).',
    'error groups/base-group.yaml:18 verified.by: This field is missing. Expected who verified it (a role, e.g. "site editor") (text).',
  ],
  'story-guide-not-an-article': [
    'error stories/en/base-story.mdx:9 guide: There is no article "base-artcle" (content/articles/<language>/base-artcle.mdx). Did you mean "base-article"? Write the file name of the article the story points to, or remove the line.',
  ],
  'story-guide-is-a-draft': [
    'warning stories/en/base-story.mdx:9 guide: The article "draft-guide" is still a draft in English, so this story\'s "next steps" offer another guide until it is published.',
  ],
  'story-guide-in-other-language-only': [
    'warning articles/ms/malay-only-guide.mdx: There is no English version (articles/en/malay-only-guide.mdx). Until there is, the English site shows this page in Malay, under a notice. See "Translate a page" in docs/editing.md.',
    'warning stories/en/base-story.mdx:9 guide: The article "malay-only-guide" has no English version yet, so this story\'s "next steps" offer another guide until it has.',
  ],
  'composite-story-claims-consent': [
    'error stories/en/base-story.mdx:10 consent: A composite story has no storyteller, so it cannot carry consent or storyteller-approval lines: remove the consent block, or write kind: personal if one person told it.',
  ],
};

describe('check:content on bad content', () => {
  it('finds nothing wrong in the base tree the fixtures start from', () => {
    expect(messages()).toEqual([]);
  });

  it('has an expectation for every fixture folder, and at least 20 of them', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames());
    expect(fixtureNames().length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtureNames())('explains %s', (name) => {
    expect(messages(name)).toEqual(EXPECTED[name]);
  });

  it('gives every error a file, and a line or a field', () => {
    for (const name of fixtureNames()) {
      for (const issue of checkContent(fixtureInput(name, mdxSyntax)).issues) {
        expect(issue.file).not.toBe('');
        const placeless = issue.line === undefined && issue.field === undefined;
        // Only whole-file problems (a name, a place, a missing translation) have neither.
        if (placeless) expect(issue.message).toMatch(/file|There is no|address|group id/i);
      }
    }
  });
});
