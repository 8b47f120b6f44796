/**
 * The server's Markdown HTML of a static playbook page, handed from the
 * browser's route component (`StaticDocItem`) to `src/theme/DocItem/Content`,
 * which shows it in place of the compiled Markdown the client does not have.
 */
import {createContext, useContext, type ComponentType, type ReactNode} from 'react';

/** Context value: the HTML, or null when the Markdown is compiled into the bundle (guides, `npm start`, the server). */
export const FrozenMarkdown = createContext<string | null>(null);

/** The frozen Markdown HTML of the page being shown, or null. */
export function useFrozenMarkdown(): string | null {
  return useContext(FrozenMarkdown);
}

/** CSS selector of the rendered Markdown (Docusaurus's `ThemeClassNames.docs.docMarkdown`). */
export const MARKDOWN_SELECTOR = '.theme-doc-markdown';

/** Renderers of compiled Markdown (`@theme/MDXContent`, the theme's `DocItem/Content`), provided by `src/theme/DocItem`. */
export type CompiledMarkdownRenderers = {
  MDXContent: ComponentType<{children: ReactNode}>;
  OriginalContent: ComponentType<{children: ReactNode}>;
};

/** Context value: the renderers, or null on a static page (which shows frozen HTML instead). */
export const CompiledMarkdown = createContext<CompiledMarkdownRenderers | null>(null);
