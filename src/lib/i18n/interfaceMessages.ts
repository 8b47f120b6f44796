import {execFile} from 'node:child_process';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import type {InterfaceMessages} from './status';
import {DEFAULT_LOCALE, LOCALE_CODES} from './locales';

/**
 * Reads Docusaurus's interface translation files (`code.json` and each
 * plugin's JSON, https://docusaurus.io/docs/i18n/introduction#translation-files-location)
 * and extracts the English source messages with Docusaurus's own extractor
 * (`docusaurus write-translations`), so no source file is parsed here.
 */

/** Set in the child process that extracts messages, so plugins can skip work the extraction does not need. */
export const EXTRACTING_ENV = 'SANCTUARY_I18N_EXTRACTING';
/** Points the config's `i18n.path` at another folder (used by the extraction only). */
const I18N_DIR_ENV = 'SANCTUARY_I18N_DIR';

/**
 * Reads every interface JSON file of one locale folder.
 * @param localeDir - e.g. `<site>/i18n/es`
 * @returns `<file>#<key>` → message (file relative to the folder); empty when the folder is missing
 * @throws Error naming the file when a JSON file does not parse
 */
export function readInterfaceMessages(localeDir: string): InterfaceMessages {
  const messages: InterfaceMessages = {};
  if (!fs.existsSync(localeDir)) return messages;
  for (const entry of fs.readdirSync(localeDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    if (!entry.name.endsWith('.json') || entry.name === SAME_AS_ENGLISH_FILE) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(localeDir, file).split(path.sep).join('/');
    let data: Record<string, {message?: unknown}>;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof data;
    } catch (error) {
      throw new Error(`${file} is not valid JSON (${(error as Error).message}). Fix the file, or regenerate it with npx docusaurus write-translations --locale <locale>.`, {cause: error});
    }
    for (const [key, value] of Object.entries(data)) {
      if (value && typeof value.message === 'string') messages[`${relative}#${key}`] = value.message;
    }
  }
  return messages;
}

/** The file, in a locale folder, listing message ids that are the same as English on purpose. */
export const SAME_AS_ENGLISH_FILE = 'same-as-english.json';

/**
 * Reads a locale's list of messages that are identical to English on purpose.
 * @param localeDir - e.g. `<site>/i18n/fr`
 * @returns the ids (`<file>#<key>`); empty when the file is missing
 * @throws Error when the file is not a JSON array of strings
 */
export function readSameAsEnglish(localeDir: string): Set<string> {
  const file = path.join(localeDir, SAME_AS_ENGLISH_FILE);
  if (!fs.existsSync(file)) return new Set();
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}). It must be a JSON array of message ids such as "code.json#home.title".`, {cause: error});
  }
  if (!Array.isArray(data) || !data.every((id) => typeof id === 'string')) {
    throw new Error(`${file} must be a JSON array of message ids such as "code.json#home.title".`);
  }
  return new Set(data as string[]);
}

/**
 * Extracts the English interface messages of a site by running
 * `docusaurus write-translations --locale en` into a temporary folder.
 * Takes a few seconds (Docusaurus loads the site).
 * @param siteDir - the folder with docusaurus.config.ts
 * @param env - extra environment for the child (e.g. SANCTUARY_CONTENT_DIR)
 * @returns the English messages, `<file>#<key>` → message
 * @throws Error with Docusaurus's output when the extraction fails
 */
export async function extractEnglishMessages(siteDir: string, env: NodeJS.ProcessEnv = {}): Promise<InterfaceMessages> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-i18n-'));
  try {
    const bin = createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/bin/docusaurus.mjs');
    await promisify(execFile)(process.execPath, [bin, 'write-translations', '--locale', 'en'], {
      cwd: siteDir,
      env: {...process.env, ...env, [I18N_DIR_ENV]: tmp, [EXTRACTING_ENV]: '1'},
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: Error & {stderr?: string}) => {
      const output = error.stderr?.split('\n').filter((line) => line.trim() && !/^\s+at /.test(line)).slice(-5).join('\n');
      throw new Error(`Could not extract the interface strings (docusaurus write-translations): ${output || error.message}`);
    });
    return readInterfaceMessages(path.join(tmp, 'en'));
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * The interface messages of every published locale, with English as given,
 * and each locale's same-on-purpose list: the inputs of `translationStatus`.
 * @param i18nDir - the content's `i18n/` folder
 * @param english - the English messages (from {@link extractEnglishMessages}); undefined to skip the interface share
 * @returns `messages` per locale (undefined without English) and `sameOnPurpose` per locale
 * @throws Error naming the file when a translation file is not valid JSON
 */
export function readLocaleMessages(i18nDir: string, english: InterfaceMessages | undefined): {messages?: Record<string, InterfaceMessages>; sameOnPurpose: Record<string, Set<string>>} {
  const messages = english
    ? Object.fromEntries(LOCALE_CODES.map((code) => [code, code === DEFAULT_LOCALE ? english : readInterfaceMessages(path.join(i18nDir, code))]))
    : undefined;
  const sameOnPurpose = Object.fromEntries(LOCALE_CODES.map((code) => [code, readSameAsEnglish(path.join(i18nDir, code))]));
  return {messages, sameOnPurpose};
}
