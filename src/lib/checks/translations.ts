import type {Check} from './check';

/** Each translation against its original: that the original exists and whether it changed since (src/lib/i18n/translations.ts). */
export const translationsCheck: Check<'markdown'> = {
  id: 'translations',
  reads: ['markdown'],
  run: ({markdown}) => markdown.flatMap(({translation}) => translation?.problems ?? []),
};
