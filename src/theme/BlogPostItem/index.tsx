/**
 * Marks a blog post's own page (not the list pages) for Pagefind, with hidden
 * filters `kind:post`, `language:<locale>` and one `topic:<slug>` per tag
 * that is a taxonomy term. blog/tags.yml keys tags by taxonomy slug and gives
 * them English labels, so a tag matches by its label, its permalink's last
 * segment, or its English taxonomy label.
 */
import React, {type ReactNode} from 'react';
import BlogPostItem from '@theme-original/BlogPostItem';
import type {Props} from '@theme/BlogPostItem';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import PagefindFilters, {
  type PagefindFilter,
} from '@site/src/pages/directory/_components/PagefindFilters';
import {TAXONOMY} from '@site/src/lib/taxonomy';
import {isTaxonomySlug} from '@site/src/pages/directory/_components/labels';
import TranslationNotice, {translationStanding} from '@site/src/components/TranslationNotice';
import type {TranslationInfo} from '@site/src/lib/i18n/standing';

/** The taxonomy slug of a blog tag, if it is a taxonomy term. */
function topicOf(tag: {label: string; permalink: string}): string | undefined {
  if (isTaxonomySlug(tag.label)) return tag.label;
  const last = tag.permalink.replace(/\/+$/, '').split('/').pop() ?? '';
  if (isTaxonomySlug(last)) return last;
  return Object.entries(TAXONOMY).find(([, label]) => label === tag.label)?.[0];
}

export default function BlogPostItemWrapper(props: Props): ReactNode {
  const {isBlogPostPage, metadata} = useBlogPost();
  const {i18n} = useDocusaurusContext();
  // From the route's metadata: the compiled post may come from the build cache when only its original changed.
  const standing = translationStanding(
    (metadata.frontMatter as {sc_translation?: TranslationInfo}).sc_translation,
    i18n.currentLocale,
    i18n.defaultLocale,
  );
  const lang = standing === 'untranslated' ? i18n.defaultLocale : undefined;
  if (!isBlogPostPage)
    return (
      <div lang={lang}>
        <BlogPostItem {...props} />
      </div>
    );
  const filters: PagefindFilter[] = [
    ['kind', 'post'],
    ['language', i18n.currentLocale],
    ...metadata.tags
      .map(topicOf)
      .filter((topic): topic is string => Boolean(topic))
      .map((topic): PagefindFilter => ['topic', topic]),
  ];
  return (
    <div data-pagefind-body="" lang={lang}>
      <PagefindFilters filters={filters} />
      <TranslationNotice standing={standing} permalink={metadata.permalink} />
      <BlogPostItem {...props} />
    </div>
  );
}
