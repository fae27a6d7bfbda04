/**
 * The pieces of check:content on their own: suggestions, field labels, file places,
 * the site's addresses and the link check, the MDX scanner, and the component rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../tools/content-check/body';
import { fieldLabel } from '../../tools/content-check/fields';
import { kebab, placementOf } from '../../tools/content-check/index';
import { formatForTerminal, sentence, summaryLine } from '../../tools/content-check/issues';
import { checkLink, siteRoutes, type RouteInput } from '../../tools/content-check/routes';
import { parseMdx } from '../../tools/content-check/source';
import { editDistance } from '../../src/lib/text';
import { closest } from '../../tools/content-check/suggest';
import { calloutTone, MDX_COMPONENTS, requireSource } from '../../src/lib/content/mdx-components';
import { PAGE_FILES } from '../support/content-fixtures';

describe('suggestions for a mistyped value', () => {
  it('counts the letters that differ', () => {
    expect(editDistance('Seria', 'Serian')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('matches a value written with other capitals or spacing', () => {
    expect(closest('Brunei Muara', ['brunei-muara', 'belait'])).toEqual(['brunei-muara']);
    expect(closest('kuala belait', ['Kuala Belait', 'Kuala Balai'])).toEqual(['Kuala Belait']);
  });

  it('offers both mukims when the letter is missing', () => {
    expect(closest('Gadong', ['Gadong A', 'Gadong B', 'Seria'])).toEqual(['Gadong A', 'Gadong B']);
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('Miri', ['brunei-muara', 'belait', 'tutong', 'temburong'])).toEqual([]);
  });
});

describe('words for editors', () => {
  it('labels list items counting from 1', () => {
    expect(fieldLabel(['schedule', 0, 'end'])).toBe('schedule[1].end');
    expect(fieldLabel([2, 'number'])).toBe('[3].number');
  });

  it('capitalises a sentence but not a field name at its start', () => {
    expect(sentence('expected a date')).toBe('Expected a date.');
    expect(sentence('consent.obtained must be true')).toBe('consent.obtained must be true.');
  });

  it('turns a title or file name into an address', () => {
    expect(kebab('Coming Home')).toBe('coming-home');
    expect(kebab('Hari Raya_Story’s end')).toBe('hari-raya-storys-end');
  });

  it('prints an issue with a clickable place and the message below', () => {
    const text = formatForTerminal(
      { severity: 'error', file: 'groups/a.yaml', line: 9, field: 'mukim', message: 'Unknown mukim.' },
      'content',
    );
    expect(text).toBe('ERROR    content/groups/a.yaml:9  field: mukim\n         Unknown mukim.');
  });

  it('ends with what to do next', () => {
    expect(summaryLine([], 3)).toBe('✔ 3 files checked: no errors.');
    expect(summaryLine([{ severity: 'error', file: 'a', message: 'x' }], 1)).toMatch(
      /^✖ 1 error and 0 warnings in 1 file\. Fix the errors/,
    );
  });
});

describe('where a content file sits', () => {
  it('reads the collection, language and address from the path', () => {
    expect(placementOf('stories/en/hakim.mdx')).toEqual({
      kind: 'entry',
      collection: 'stories',
      locale: 'en',
      slug: 'hakim',
      mdx: true,
    });
    expect(placementOf('groups/kasih-subok.yaml')).toEqual({ kind: 'group', slug: 'kasih-subok' });
    expect(placementOf('helplines.yaml')).toEqual({ kind: 'list', collection: 'helplines' });
  });

  it('ignores images, hidden files and files outside the collections', () => {
    expect(placementOf('articles/en/bench.svg').kind).toBe('skip');
    expect(placementOf('groups/.DS_Store').kind).toBe('skip');
    expect(placementOf('README.md').kind).toBe('skip');
  });

  it('warns about a file the site would not read', () => {
    expect(placementOf('groups/notes.txt')).toMatchObject({ kind: 'misplaced', issue: { severity: 'warning' } });
    expect(placementOf('articles/fr/page.mdx')).toMatchObject({ kind: 'misplaced', issue: { severity: 'error' } });
  });
});

describe('front matter', () => {
  it('starts the body on the line after the closing dashes', () => {
    const parsed = parseMdx('a.mdx', '---\ntitle: A\n---\n\nText');
    expect(parsed.ok && parsed.source.bodyLine).toBe(4);
  });

  it('refuses front matter that is a list', () => {
    const parsed = parseMdx('a.mdx', '---\n- title\n---\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]?.message).toMatch(/"field: value" lines/);
  });
});

const routeInput: RouteInput = {
  articles: [
    { locale: 'ms', slug: 'relapse', draft: false, section: 'learn' },
    { locale: 'en', slug: 'relapse', draft: false, section: 'learn' },
    { locale: 'en', slug: 'only-english', draft: false, section: 'families' },
    { locale: 'ms', slug: 'coming-soon', draft: true, section: 'help' },
  ],
  stories: [{ locale: 'ms', slug: 'hakim', draft: false }],
  groups: ['kasih-subok'],
  pageFiles: [
    ...PAGE_FILES,
    'robots.txt.ts',
    '[locale]/groups/[id].ics.ts',
    '[locale]/districts/[district].astro',
    '_private/x.astro',
  ],
  publicFiles: ['favicon.svg'],
};
const routes = siteRoutes(routeInput);

describe('the addresses of the site', () => {
  it('has a page in both languages for a page written in one (shown under a notice)', () => {
    expect(routes.pages.get('/ms/families/only-english/')).toEqual({ draft: false });
    expect(routes.pages.get('/en/stories/hakim/')).toEqual({ draft: false });
  });

  it('marks a draft-only page as not on the site', () => {
    expect(routes.pages.get('/en/help/coming-soon/')).toEqual({ draft: true });
  });

  it('lists the fixed pages, section lists, groups, feeds and public files', () => {
    for (const path of [
      '/',
      '/ms/',
      '/en/about/',
      '/ms/learn/',
      '/en/programmes/',
      '/en/help/',
      '/ms/groups/kasih-subok/',
      '/ms/groups/kasih-subok.ics',
      '/robots.txt',
      '/favicon.svg',
      '/404/',
    ]) {
      expect(routes.pages.has(path), path).toBe(true);
    }
    expect(routes.pages.has('/ms/help/index/')).toBe(false);
    expect([...routes.pages.keys()].some((p) => p.includes('_private'))).toBe(false);
  });

  it('accepts any value for a page parameter it cannot list', () => {
    expect(checkLink('/en/districts/belait/', '/en/learn/relapse/', 'en', true, routes)).toEqual({ ok: true });
  });
});

describe('a link in content', () => {
  const from = '/en/learn/relapse/';
  it('passes a link to a page, with a query or an anchor', () => {
    expect(checkLink('/en/groups/?district=belait#list', from, 'en', true, routes)).toEqual({ ok: true });
    expect(checkLink('../../stories/hakim/', from, 'en', true, routes)).toEqual({ ok: true });
  });

  it('leaves web addresses, email and phone links alone', () => {
    for (const href of ['https://moh.gov.bn/', 'mailto:a@example.org', 'tel:145', '#top']) {
      expect(checkLink(href, from, 'en', true, routes)).toEqual({ ok: true });
    }
  });

  it('fails a link to a draft from a published page', () => {
    expect(checkLink('/en/help/coming-soon/', from, 'en', true, routes)).toMatchObject({ ok: false });
  });

  it('suggests the page when it moved to another section', () => {
    expect(checkLink('/ms/learn/only-english/', '/ms/learn/relapse/', 'ms', true, routes)).toEqual({
      ok: false,
      message:
        'The link "/ms/learn/only-english/" goes to /ms/learn/only-english/, but there is no such page on the site. Did you mean "/ms/families/only-english/"?',
    });
  });
});

describe('the MDX scanner', () => {
  it('reads code as code, so examples in code are not checked', () => {
    const text = 'a\n\n```\n![](x.png) <script>\n```\n\n`<Foo>` b';
    expect(scanBody('a.mdx', text, 1, true).issues).toEqual([]);
  });

  it('collects links and helpline cards with their file lines', () => {
    const found = scanBody(
      'a.mdx',
      'Intro\n\nSee [help](/en/help/).\n\n<HelplineCard id="talian-harapan" />\n\n[ref]: /en/groups/',
      10,
      true,
    );
    expect(found.links).toEqual([
      { value: '/en/help/', line: 12, column: 5 },
      { value: '/en/groups/', line: 16, column: 1 },
    ]);
    expect(found.helplines).toEqual([{ value: 'talian-harapan', line: 14, column: 1 }]);
    expect(found.issues).toEqual([]);
  });

  it('refuses an import, and the component it would bring in', () => {
    const body = "import Chart from '../../../src/components/Chart.astro';\n\n<Chart />";
    expect(scanBody('a.mdx', body, 1, true).issues.map((i) => [i.line, i.column, i.message.slice(0, 40)])).toEqual([
      [1, 1, 'A line starting with "import" or "export'],
      [3, 1, '<Chart> is not a component you can use h'],
    ]);
  });

  it('refuses the components on standing pages, which do not provide them', () => {
    expect(scanBody('pages/en/about.mdx', '<Callout>Hi</Callout>', 5, true, false).issues[0]?.message).toMatch(
      /work only in the .mdx files of articles and stories/,
    );
  });
});

describe('the components editors use', () => {
  it('checks exactly the components the pages provide', () => {
    const folder = new URL('../../src/components/mdx/', import.meta.url);
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace('.astro', ''))
      .sort();
    expect(Object.keys(MDX_COMPONENTS).sort()).toEqual(files);
    expect(readFileSync(new URL('index.ts', folder), 'utf8')).toContain(
      `export const mdxComponents = { ${files.join(', ')} };`,
    );
  });

  it('fails the build for a reflection without a source', () => {
    expect(() => requireSource(undefined)).toThrow(/needs a source/);
    expect(() => requireSource('  ')).toThrow(/needs a source/);
    expect(requireSource(' Surah Az-Zumar 39:53 ')).toBe('Surah Az-Zumar 39:53');
  });

  it('gives a callout a known tone, info when none is said', () => {
    expect(calloutTone(undefined)).toBe('info');
    expect(calloutTone('important')).toBe('important');
    expect(() => calloutTone('warning')).toThrow(/info, tip, important/);
  });
});
