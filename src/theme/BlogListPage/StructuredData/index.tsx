/**
 * The blog list's JSON-LD (replaces the theme's component, which wrote
 * `JSON.stringify` output unescaped): it repeats every listed post's title
 * and description.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/BlogListPage/StructuredData';
import {useBlogListPageStructuredData} from '@docusaurus/plugin-content-blog/client';
import StructuredData from '@site/src/components/StructuredData';

export default function BlogListPageStructuredData(props: Props): ReactNode {
  return <StructuredData data={useBlogListPageStructuredData(props)} />;
}
