/**
 * The server's Markdown HTML of a static playbook page, handed from the
 * browser's route component (`StaticDocItem`) to `src/theme/DocItem/Content`,
 * which shows it in place of the compiled Markdown the client does not have.
 */
import {createContext, useContext} from 'react';

/** Context value: the HTML, or null when the Markdown is compiled into the bundle (guides, `npm start`, the server). */
export const FrozenMarkdown = createContext<string | null>(null);

/** The frozen Markdown HTML of the page being shown, or null. */
export function useFrozenMarkdown(): string | null {
  return useContext(FrozenMarkdown);
}

/** CSS selector of the rendered Markdown (Docusaurus's `ThemeClassNames.docs.docMarkdown`). */
export const MARKDOWN_SELECTOR = '.theme-doc-markdown';
