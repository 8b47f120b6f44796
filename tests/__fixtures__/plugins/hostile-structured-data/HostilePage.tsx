/**
 * Test-only page: the site's structured-data components fed hostile titles,
 * labels and descriptions (see index.ts). The build must escape them, or its
 * security check fails the build (a value ending the data block would add an
 * inline script and leave the block unparseable).
 */
import React, {type ReactNode} from 'react';
import DocBreadcrumbsStructuredData, {type Props as BreadcrumbProps} from '@theme/DocBreadcrumbs/StructuredData';
import BlogListPageStructuredData, {type Props as BlogListProps} from '@theme/BlogListPage/StructuredData';
import StructuredData from '@site/src/components/StructuredData';
import {HOSTILE_DESCRIPTION, HOSTILE_LABEL, HOSTILE_TITLE} from './hostileValues';

const breadcrumbs = [
  {type: 'category', label: HOSTILE_LABEL, href: '/docs/playbooks', items: [], collapsed: false, collapsible: true},
  {type: 'link', label: HOSTILE_TITLE, href: '/docs/playbooks/rapid-response/minneapolis-hotline'},
] as unknown as BreadcrumbProps['breadcrumbs'];

const blogList = {
  sidebar: {title: HOSTILE_TITLE, items: []},
  metadata: {blogTitle: HOSTILE_TITLE, blogDescription: HOSTILE_DESCRIPTION, permalink: '/blog', page: 1, postsPerPage: 10, totalCount: 1, totalPages: 1},
  items: [{content: {
    metadata: {title: HOSTILE_TITLE, description: HOSTILE_DESCRIPTION, date: '2026-10-14T00:00:00.000Z', permalink: '/blog/hostile', authors: [{name: HOSTILE_LABEL}], frontMatter: {}},
    frontMatter: {keywords: [HOSTILE_LABEL]},
    assets: {},
  }}],
} as unknown as BlogListProps;

export default function HostilePage(): ReactNode {
  return (
    <main>
      <DocBreadcrumbsStructuredData breadcrumbs={breadcrumbs} />
      <BlogListPageStructuredData {...blogList} />
      <StructuredData data={{'@context': 'https://schema.org', '@type': 'Thing', name: HOSTILE_TITLE, description: HOSTILE_DESCRIPTION}} />
      <p>Test page: structured data with hostile values.</p>
    </main>
  );
}
