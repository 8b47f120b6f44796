/**
 * The browser's route component for playbook pages (a static family, see
 * `src/plugins/static-pages`). The server renders the theme's DocItem with
 * the compiled Markdown; its props (metadata, front matter, table of
 * contents) are in the page's data block and its Markdown is in the page
 * itself, so the client needs neither the page's content module nor its
 * route: the theme's DocItem renders around the Markdown the server wrote.
 */
import React, {useMemo, type ReactNode} from 'react';
// The theme's own DocItem: our wrapper (src/theme/DocItem) would bring the compiled-Markdown renderers.
import DocItem from '@theme-original/DocItem';
import type {Props as DocItemProps} from '@theme/DocItem';
import {useLocation} from '@docusaurus/router';
import {readFrozenHtml, readPageProps} from './browserState';
import {FrozenMarkdown} from './frozenMarkdown';
import {MissingStaticPage} from './index';

/** What a playbook page writes into its data block (see `src/theme/DocItem/Content`); front matter is the metadata's. */
export type StaticDocProps = Pick<
  DocItemProps['content'],
  'metadata' | 'toc' | 'contentTitle' | 'assets'
>;

export default function StaticDocItem(props: Omit<DocItemProps, 'content'>): ReactNode {
  const {pathname} = useLocation();
  const stored = readPageProps<StaticDocProps>(pathname);
  const html = stored ? readFrozenHtml(pathname) : null;
  const content = useMemo(() => {
    if (!stored) return null;
    // Stands in for the compiled Markdown module: its exports, and a component that is never shown alone.
    const Content = (() => null) as unknown as DocItemProps['content'];
    return Object.assign(Content, stored, {frontMatter: stored.metadata.frontMatter});
  }, [stored]);
  if (!content || html === null) return <MissingStaticPage />;
  return (
    <FrozenMarkdown.Provider value={html}>
      <DocItem {...(props as DocItemProps)} content={content} />
    </FrozenMarkdown.Provider>
  );
}
