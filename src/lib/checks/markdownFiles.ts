import type {Check} from './check';

/** Each playbook, guide and blog post (and translation) on its own: front matter, sections and prose rules (src/lib/markdownFile.ts). */
export const markdownFilesCheck: Check<'markdown'> = {
  id: 'markdown-files',
  reads: ['markdown'],
  run: ({markdown}) => markdown.flatMap(({result}) => result.problems),
};
