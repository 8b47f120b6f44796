/**
 * Marks a blog post's own page (not the list pages) for Pagefind, with hidden
 * filters `kind:post`, `language:<locale>` and one `topic:<slug>` per tag
 * whose label is a taxonomy slug.
 */
import React, {type ReactNode} from 'react';
import BlogPostItem from '@theme-original/BlogPostItem';
import type {Props} from '@theme/BlogPostItem';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import PagefindFilters, {type PagefindFilter} from '@site/src/pages/directory/_components/PagefindFilters';
import {isTaxonomySlug} from '@site/src/pages/directory/_components/labels';

export default function BlogPostItemWrapper(props: Props): ReactNode {
  const {isBlogPostPage, metadata} = useBlogPost();
  const {i18n} = useDocusaurusContext();
  if (!isBlogPostPage) return <BlogPostItem {...props} />;
  const filters: PagefindFilter[] = [
    ['kind', 'post'],
    ['language', i18n.currentLocale],
    ...metadata.tags.filter((tag) => isTaxonomySlug(tag.label)).map((tag): PagefindFilter => ['topic', tag.label]),
  ];
  return (
    <div data-pagefind-body="">
      <PagefindFilters filters={filters} />
      <BlogPostItem {...props} />
    </div>
  );
}
