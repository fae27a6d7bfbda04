import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { findGroupHref } from '../../src/lib/home';
import { isCurrentPath, MENU_LINKS } from '../../src/lib/menu';
import { nextSteps, relatedGuide } from '../../src/lib/next-steps';
import { isPlaceholderEmail, operatorFrom } from '../../src/lib/site';

const helpline = { number: '145', name: { ms: 'Talian Harapan 145', en: 'Talian Harapan 145 (mental health line)' } };
const articles = [
  { slug: 'what-is-peer-support', section: 'learn', title: 'What is peer support?', topics: ['peer-support'] },
  { slug: 'relapse', section: 'learn', title: 'Relapse', topics: ['relapse', 'recovery'] },
  { slug: 'looking-after-yourself', section: 'families', title: 'Looking after yourself', topics: ['families'] },
];

describe('the menu', () => {
  it('puts finding a group and help first', () => {
    expect(MENU_LINKS.slice(0, 2).map((l) => l.path)).toEqual(['groups', 'help']);
  });

  it('marks the section the reader is in, and not the home page for every section', () => {
    expect(isCurrentPath('/ms/learn/relapse/', '/ms/learn/')).toBe(true);
    expect(isCurrentPath('/ms/learn/', '/ms/learn/')).toBe(true);
    expect(isCurrentPath('/ms/learning/', '/ms/learn/')).toBe(false);
    expect(isCurrentPath('/ms/', '/ms/learn/')).toBe(false);
  });
});

describe('the home page’s first action', () => {
  it('opens the directory at the "where you are" choice', () => {
    expect(findGroupHref('ms')).toBe('/ms/groups/#filter-near');
    expect(findGroupHref('en')).toBe('/en/groups/#filter-near');
  });
});

describe('next steps after a story', () => {
  it('offer a group, the helpline from the data, and a guide, in the page’s language', () => {
    const steps = nextSteps('en', {
      helpline,
      guide: { title: 'Relapse', href: '/en/learn/relapse/' },
      t: useTranslations('en'),
    });
    expect(steps).toEqual([
      { id: 'group', label: 'Find a support group near you', href: '/en/groups/' },
      { id: 'talk', label: 'Talk in confidence: call Talian Harapan 145 (mental health line)', href: 'tel:145' },
      { id: 'guide', label: 'Read the guide: Relapse', href: '/en/learn/relapse/' },
    ]);
  });

  it('leave the guide out when there is none', () => {
    const steps = nextSteps('ms', { helpline, guide: undefined, t: useTranslations('ms') });
    expect(steps.map((s) => s.id)).toEqual(['group', 'talk']);
    expect(steps[1]!.label).toBe('Bercakap secara sulit: hubungi Talian Harapan 145');
  });

  it('point a family member to family guidance, and a person in recovery to recovery', () => {
    expect(relatedGuide('en', 'parent', articles)?.href).toBe('/en/families/looking-after-yourself/');
    expect(relatedGuide('en', 'person-in-recovery', articles)?.href).toBe('/en/learn/relapse/');
    expect(relatedGuide('en', 'parent', [])).toBeUndefined();
  });

  it('offer the guide a story names, and fall back to the role when it is not in this language', () => {
    expect(relatedGuide('en', 'parent', articles, 'relapse')?.href).toBe('/en/learn/relapse/');
    expect(relatedGuide('en', 'person-in-recovery', articles, 'looking-after-yourself')?.href).toBe(
      '/en/families/looking-after-yourself/',
    );
    expect(relatedGuide('en', 'parent', articles, 'no-such-guide')?.href).toBe('/en/families/looking-after-yourself/');
  });
});

describe('who runs the site', () => {
  it('is named only when the name is set in both languages', () => {
    expect(
      operatorFrom({ SITE_OPERATOR_MS: 'Persatuan Contoh', SITE_OPERATOR_EN: 'Example Association' }).name,
    ).toEqual({
      ms: 'Persatuan Contoh',
      en: 'Example Association',
    });
    expect(operatorFrom({ SITE_OPERATOR_EN: 'Example Association' }).name).toBeUndefined();
    expect(operatorFrom({ SITE_OPERATOR_MS: ' ', SITE_OPERATOR_EN: 'X' }).name).toBeUndefined();
    expect(operatorFrom({}).name).toBeUndefined();
  });

  it('knows a placeholder address from a real one', () => {
    expect(isPlaceholderEmail('editors@example.org')).toBe(true);
    expect(isPlaceholderEmail('a@mail.example.com')).toBe(true);
    expect(isPlaceholderEmail('editors@rakanpulih.bn')).toBe(false);
  });
});
