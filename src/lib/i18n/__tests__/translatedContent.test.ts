import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {gitBlobId} from '../revision';
import {contentStatus, interfaceShare, translationStatus} from '../status';

/**
 * Translations through the whole validator (loadCoalition): the translation
 * front matter, translated section headings, every safety rule, and the
 * status report's shares, on the fixture site and on small variations of it.
 */
const NOW = new Date('2026-11-29T12:00:00Z');
const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const PLAYBOOK = 'docs/playbooks/rapid-response/minneapolis-hotline.md';
const TRANSLATION = 'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/minneapolis-hotline.md';

/** A copy of the fixture's content (without its symlinked interface files) with one file replaced. */
function siteWith(file: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-translation-'));
  for (const folder of ['directory', 'docs', 'blog']) fs.cpSync(path.join(FIXTURE, folder), path.join(dir, folder), {recursive: true});
  fs.cpSync(path.join(FIXTURE, 'i18n'), path.join(dir, 'i18n'), {recursive: true, filter: (source) => !source.endsWith('.json')});
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const revision = () => gitBlobId(fs.readFileSync(path.join(FIXTURE, PLAYBOOK)));
const translation = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}`;
const SPANISH_BODY = '## Cuándo usarlo\n\nAhora.\n\n## Pasos\n\n1. Uno.\n\n## Funciones y recursos\n\nR.\n\n## Riesgos y salvaguardas\n\nK.\n\n## Lo que aprendimos\n\nL.\n';

function problemsOf(dir: string, file = TRANSLATION) {
  const coalition = loadCoalition(dir, {now: NOW});
  fs.rmSync(dir, {recursive: true, force: true});
  return {coalition, problems: coalition.problems.filter((problem) => problem.file === file)};
}

describe('a translated playbook in the validator', () => {
  it('passes with its own words, the locale headings and the current revision; its sections map to the same keys', () => {
    const {coalition, problems} = problemsOf(siteWith(TRANSLATION, translation(`title: Verificar\ntranslation_of: playbooks/rapid-response/minneapolis-hotline\ntranslated_from_revision: ${revision()}`, SPANISH_BODY)));
    expect(problems).toEqual([]);
    const loaded = coalition.translations.find((item) => item.file === TRANSLATION)!;
    expect(loaded.sections.map((section) => section.key)).toEqual(['when', 'steps', 'roles', 'risks', 'learned']);
    expect(loaded.outdated).toBe(false);
  });

  it('refuses facts in a translation: they are inherited from the original', () => {
    const {problems} = problemsOf(siteWith(TRANSLATION, translation(`title: Verificar\ncities: [chicago]\ntranslation_of: playbooks/rapid-response/minneapolis-hotline\ntranslated_from_revision: ${revision()}`, SPANISH_BODY)));
    expect(problems).toEqual([expect.objectContaining({severity: 'error', rule: 'translation-front-matter', field: 'front matter.cities', line: 3})]);
  });

  it('requires the locale headings, and names them in the fix', () => {
    const english = SPANISH_BODY.replace('## Pasos', '## Steps');
    const {problems} = problemsOf(siteWith(TRANSLATION, translation(`title: Verificar\ntranslation_of: playbooks/rapid-response/minneapolis-hotline\ntranslated_from_revision: ${revision()}`, english)));
    expect(problems.map((problem) => [problem.severity, problem.message])).toEqual([
      ['warning', '"## Steps" is not one of the playbook sections.'],
      ['error', 'The required section "## Pasos" is missing.'],
    ]);
  });

  it('applies the safety rules to translations: a phone number in prose and a chat invite are refused', () => {
    const body = `${SPANISH_BODY}\nLlama al (612) 555-0142 o únete a https://chat.whatsapp.com/AbCdEfGhIjK.\n`;
    const {problems} = problemsOf(siteWith(TRANSLATION, translation(`title: Verificar\ntranslation_of: playbooks/rapid-response/minneapolis-hotline\ntranslated_from_revision: ${revision()}`, body)));
    expect([...new Set(problems.map((problem) => problem.rule))].sort()).toEqual(['chat-invite', 'phone-in-prose']);
  });

  it('refuses a revision that is not a Git blob id', () => {
    const {problems} = problemsOf(siteWith(TRANSLATION, translation('title: Verificar\ntranslation_of: playbooks/rapid-response/minneapolis-hotline\ntranslated_from_revision: main', SPANISH_BODY)));
    expect(problems).toEqual([expect.objectContaining({field: 'front matter.translated_from_revision', rule: 'schema'})]);
  });

  it('refuses a locale the site does not publish', () => {
    const file = 'i18n/xx/docusaurus-plugin-content-docs/current/guides/start-here.md';
    const {problems} = problemsOf(siteWith(file, translation('title: X\ntranslation_of: guides/start-here\ntranslated_from_revision: 0000000000000000000000000000000000000000', 'Text.\n')), file);
    expect(problems).toEqual([expect.objectContaining({rule: 'i18n-locale'})]);
  });
});

describe('translated blog tags and authors', () => {
  it('must keep every key of the original, and pass the same checks', () => {
    const file = 'i18n/es/docusaurus-plugin-content-blog/authors.yml';
    const {problems} = problemsOf(siteWith(file, 'otro:\n  name: Otro\n  email: alguien@example.org\n'), file);
    expect(problems.map((problem) => problem.rule).sort()).toEqual(['email-in-prose', 'personal-data', 'translation-keys']);
  });
});

describe('broken translation files are reported by the validator, not only by the build', () => {
  it('an interface JSON file with a syntax error, at its line', () => {
    const file = 'i18n/es/code.json';
    const {problems} = problemsOf(siteWith(file, '{\n  "a": {"message": "x"}\n  "b": {"message": "y"}\n}\n'), file);
    expect(problems).toEqual([expect.objectContaining({severity: 'error', rule: 'json-syntax', line: 3})]);
  });

  it('a tags file that does not parse gets its syntax error only (regression: also a false "lacks every key")', () => {
    const file = 'i18n/es/docusaurus-plugin-content-blog/tags.yml';
    const {problems} = problemsOf(siteWith(file, 'rapid-response:\n  label: [unclosed\n'), file);
    expect(problems.map((problem) => problem.rule)).toEqual(['yaml-syntax']);
  });
});

describe('translation status of the fixture site', () => {
  const coalition = loadCoalition(FIXTURE, {now: NOW});

  it('reports exact shares for Spanish, and the outdated guide', () => {
    expect(contentStatus(coalition, 'es')).toEqual({
      guides: {translated: 1, total: 5, percent: 20, missing: ['docs/guides/contributing', 'docs/guides/data-and-citation', 'docs/guides/hosting-and-mirrors', 'docs/guides/safety-and-privacy']},
      playbooks: {translated: 1, total: 2, percent: 50, missing: ['docs/playbooks/rapid-response/chicago-hotline']},
      posts: {translated: 0, total: 1, percent: 0, missing: ['blog/2026-10-14-fixture-report']},
      organizationSummaries: {translated: 1, total: 3, percent: 33, missing: ['fixture-chicago-hotline', 'fixture-legal-aid']},
      citySummaries: {translated: 1, total: 2, percent: 50, missing: ['chicago']},
      outdated: [expect.objectContaining({file: 'i18n/es/docusaurus-plugin-content-docs/current/guides/start-here.md', originalFile: 'docs/guides/start-here.md'})],
    });
  });

  it('reports French as untranslated content, and lists every locale but English', () => {
    const status = translationStatus(coalition);
    expect(status.locales.map((locale) => [locale.locale, locale.interface, locale.playbooks.percent, locale.outdated.length])).toEqual([
      ['es', null, 50, 1],
      ['fr', null, 0, 0],
    ]);
  });
});

describe('interfaceShare', () => {
  const source = {'code.json#a': 'Directory', 'code.json#b': 'Signal', 'code.json#c': 'Total', 'navbar.json#d': 'Compare'};

  it('counts a string as translated when it differs from English or is listed as the same on purpose', () => {
    const target = {'code.json#a': 'Directorio', 'code.json#b': 'Signal', 'code.json#c': 'Total', 'navbar.json#d': '  '};
    expect(interfaceShare(source, target, new Set(['code.json#b']))).toEqual({translated: 2, total: 4, percent: 50, missing: ['code.json#c', 'navbar.json#d']});
  });

  it('rounds down, so a nearly complete locale never shows 100 %', () => {
    const many = Object.fromEntries(Array.from({length: 300}, (_, index) => [`code.json#k${index}`, `English ${index}`]));
    const almost = Object.fromEntries(Object.keys(many).slice(1).map((key) => [key, 'traducido']));
    expect(interfaceShare(many, almost).percent).toBe(99);
  });
});
