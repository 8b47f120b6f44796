/**
 * Wraps the theme's DocItem to hand the compiled-Markdown renderers
 * (`MDXContent`, the theme's `DocItem/Content`) to our `DocItem/Content`
 * through context. Playbook pages in the browser are static pages that
 * render the server's Markdown (src/plugins/static-pages) and never need
 * them: imported here, they stay out of the playbook route's bundle — and
 * with them the syntax highlighter (~35 KiB compressed).
 */
import React, {type ReactNode} from 'react';
import DocItem from '@theme-original/DocItem';
import type {Props} from '@theme/DocItem';
import MDXContent from '@theme/MDXContent';
import OriginalContent from '@theme-original/DocItem/Content';
import {CompiledMarkdown} from '@site/src/components/StaticPage/frozenMarkdown';

const renderers = {MDXContent, OriginalContent};

export default function DocItemWrapper(props: Props): ReactNode {
  return (
    <CompiledMarkdown.Provider value={renderers}>
      <DocItem {...props} />
    </CompiledMarkdown.Provider>
  );
}
