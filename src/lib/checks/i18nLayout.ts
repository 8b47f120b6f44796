import {makeProblem, type Problem} from '../problems';
import {classifyMarkdown} from '../siteFiles/listing';
import type {Check} from './check';

/** Translated Markdown outside the folders Docusaurus reads translations from (it would never be published). */
export const i18nLayoutCheck: Check<'listed' | 'i18nRefused'> = {
  id: 'i18n-layout',
  reads: ['listed', 'i18nRefused'],
  run: ({listed, i18nRefused}) =>
    listed
      .filter(
        (file) =>
          file.endsWith('.md') &&
          file.startsWith('i18n/') &&
          !i18nRefused.has(file) &&
          !classifyMarkdown(file),
      )
      .map((file): Problem =>
        makeProblem({file}, '(file)', 'i18n-layout', {
          code: 'i18n-layout.markdown',
          values: {},
        }),
      ),
};
