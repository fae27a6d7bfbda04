/**
 * The components editors use in `.mdx` content without an import: the article and
 * story pages pass them to `<Content components={mdxComponents} />`. The names and
 * props are checked by `npm run check:content` (src/lib/content/mdx-components.ts).
 */
import Callout from './Callout.astro';
import ContentNote from './ContentNote.astro';
import HelplineCard from './HelplineCard.astro';
import Reflection from './Reflection.astro';

export const mdxComponents = { Callout, ContentNote, HelplineCard, Reflection };
