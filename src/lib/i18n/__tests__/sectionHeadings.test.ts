import fs from 'node:fs';
import path from 'node:path';
import {PLAYBOOK_SECTIONS} from '../../taxonomy';
import {LOCALE_CODES, normalizeHeading, sectionHeadingsFor, sectionHeadingsOf} from '../locales';

/**
 * The playbook section headings exist once per locale (src/lib/i18n/locales.ts):
 * the validator, the comparison's row names and the contribute form's labels
 * must all say the same words, or a translator would follow one and fail another.
 */
const ROOT = path.resolve(__dirname, '../../../..');

describe.each(LOCALE_CODES.filter((code) => code !== 'en'))('section headings in %s', (locale) => {
  const messages = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;

  it('has a distinct heading for every section, and maps each back to its key', () => {
    const headings = sectionHeadingsOf(locale);
    expect(new Set(Object.values(headings).map(normalizeHeading)).size).toBe(PLAYBOOK_SECTIONS.length);
    for (const section of PLAYBOOK_SECTIONS) expect(sectionHeadingsFor(locale)[normalizeHeading(headings[section.key])]).toBe(section.key);
  });

  it.each(PLAYBOOK_SECTIONS.map((section) => section.key))('the contribute form labels "%s" with the same words as the validator', (key) => {
    const label = messages[`contribute.pb.section.${key}`]?.message;
    const heading = sectionHeadingsOf(locale)[key];
    if (key === 'sources') expect(label).toContain(heading);
    else expect(label).toBe(heading);
  });
});

describe('normalizeHeading', () => {
  it('ignores case, an explicit heading id and the kind of apostrophe', () => {
    expect(normalizeHeading('Quand l’utiliser {#when}')).toBe(normalizeHeading("quand l'utiliser"));
  });
});
