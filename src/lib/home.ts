import type { UiKey } from '../i18n/ms';
import type { Section } from './schemas';

export interface HomePath {
  id: 'worried' | 'recover' | 'help';
  title: UiKey;
  text: UiKey;
  /** Articles to offer first, as `section/slug`. */
  articles: `${Section}/${string}`[];
  /** Extra destinations: the directory (optionally filtered) and the get-help page. */
  links: { label: UiKey; path: string }[];
}

/** The three ways in from the home page, for a frightened reader who needs one obvious next step. */
export const HOME_PATHS: HomePath[] = [
  {
    id: 'worried',
    title: 'home.path.worried',
    text: 'home.path.worried.text',
    articles: [
      'families/talking-to-someone-you-are-worried-about',
      'families/supporting-without-enabling',
      'families/looking-after-yourself',
    ],
    links: [
      { label: 'nav.groups', path: 'groups/?audience=families' },
      { label: 'nav.help', path: 'help' },
    ],
  },
  {
    id: 'recover',
    title: 'home.path.recover',
    text: 'home.path.recover.text',
    articles: ['learn/what-is-peer-support', 'programmes/peer-support-programmes-in-brunei', 'learn/relapse'],
    links: [
      { label: 'nav.groups', path: 'groups' },
      { label: 'nav.help', path: 'help' },
    ],
  },
  {
    id: 'help',
    title: 'home.path.help',
    text: 'home.path.help.text',
    articles: ['learn/becoming-a-peer-mentor', 'learn/words-that-heal', 'learn/stigma-myths-and-facts'],
    links: [{ label: 'nav.stories', path: 'stories' }],
  },
];
