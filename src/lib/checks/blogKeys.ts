import {checkBlogKeys} from '../siteLinks';
import type {Check} from './check';

/** Blog posts (and their translations) name only authors and tags defined in blog/authors.yml and blog/tags.yml. */
export const blogKeysCheck: Check<'markdown' | 'yamlKeys'> = {
  id: 'blog-keys',
  reads: ['markdown', 'yamlKeys'],
  run({markdown, yamlKeys}) {
    const defined = {
      authors: yamlKeys.get('blog/authors.yml') ?? new Set<string>(),
      tags: yamlKeys.get('blog/tags.yml') ?? new Set<string>(),
    };
    return markdown
      .filter(({placement}) => placement.kind === 'post')
      .flatMap(({file, result}) =>
        checkBlogKeys(result.frontMatter, defined, result.locateFrontMatter, file),
      );
  },
};
