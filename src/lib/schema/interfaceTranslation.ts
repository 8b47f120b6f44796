import * as z from 'zod';
import {issue} from './common';
import {strictObject} from './strict';

/**
 * Docusaurus's interface translation files, `i18n/<locale>/**\/*.json`
 * (code.json, navbar.json, footer.json, options.json, current.json…): a map
 * from message id to `{message, description?}` (Docusaurus 3.10
 * TranslationFileContent, https://docusaurus.io/docs/i18n/introduction#translation-files-location).
 * Only `message` reaches a page; `description` is a note to translators.
 */
// Hidden characters, markup, invites and personal data in both strings are the prose rules' to report
// (src/lib/checks/interfaceTranslations.ts runs checkPlainText on each), with the character's name and place.
export const interfaceMessageSchema = strictObject(
  {
    message: z.string().describe('The translated text, shown on pages.'),
    description: z.string().optional().describe('A note to translators; never shown on pages.'),
  },
  'a translated message',
);

export const interfaceTranslationFileSchema = z.record(z.string(), interfaceMessageSchema);

/**
 * `i18n/<locale>/same-as-english.json`: ids (`<file>#<message id>`) of the
 * messages that are the same as English on purpose, for the translation status.
 */
export const sameAsEnglishSchema = z.array(
  z.string().regex(/^[^#\s]+\.json#\S/, issue('schema.not-message-id')),
);
