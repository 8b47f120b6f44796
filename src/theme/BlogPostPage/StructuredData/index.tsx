/**
 * A blog post's JSON-LD (replaces the theme's component, which wrote
 * `JSON.stringify` output unescaped): title, description, authors and
 * keywords are contributed.
 */
import React, {type ReactNode} from 'react';
import {useBlogPostStructuredData} from '@docusaurus/plugin-content-blog/client';
import StructuredData from '@site/src/components/StructuredData';

export default function BlogPostStructuredData(): ReactNode {
  return <StructuredData data={useBlogPostStructuredData()} />;
}
