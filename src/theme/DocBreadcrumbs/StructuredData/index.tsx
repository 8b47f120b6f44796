/**
 * The docs' breadcrumb JSON-LD (replaces the theme's component, which wrote
 * `JSON.stringify` output unescaped): the labels are contributed titles and
 * category names.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import StructuredData from '@site/src/components/StructuredData';

export default function DocBreadcrumbsStructuredData({breadcrumbs}: Props): ReactNode {
  return <StructuredData data={useBreadcrumbsStructuredData({breadcrumbs})} />;
}
