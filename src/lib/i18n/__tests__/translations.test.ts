import {checkTranslation, translationFileOf, translationPlacement} from '../translations';
import {gitBlobId} from '../revision';

const locate = () => ({line: 4, column: 1});
const original = '---\ntitle: Verify\n---\n\n## When to use\n\nNow.\n';

describe('translationPlacement and translationFileOf', () => {
  it.each([
    ['i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/x.md', {locale: 'es', plugin: 'docs', id: 'playbooks/rapid-response/x', originalFile: 'docs/playbooks/rapid-response/x.md'}],
    ['i18n/fr/docusaurus-plugin-content-docs/current/guides/start-here.md', {locale: 'fr', plugin: 'docs', id: 'guides/start-here', originalFile: 'docs/guides/start-here.md'}],
    ['i18n/es/docusaurus-plugin-content-blog/2026-10-14-report.md', {locale: 'es', plugin: 'blog', id: '2026-10-14-report', originalFile: 'blog/2026-10-14-report.md'}],
  ])('%s is a translation of its original, and back', (file, placement) => {
    expect(translationPlacement(file)).toEqual(placement);
    expect(translationFileOf(placement.locale, placement.originalFile)).toBe(file);
  });

  it.each(['docs/guides/start-here.md', 'i18n/es/code.json', 'i18n/es/notes.md'])('%s is not a translation', (file) => {
    expect(translationPlacement(file)).toBeNull();
  });
});

describe('checkTranslation', () => {
  const placement = translationPlacement('i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/x.md')!;
  const file = 'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/x.md';

  it('accepts a translation made from the current original', () => {
    const frontMatter = {title: 'Verificar', translation_of: 'playbooks/rapid-response/x', translated_from_revision: gitBlobId(original)};
    const {problems, state} = checkTranslation({file, placement, frontMatter, originalText: original, locate});
    expect(problems).toEqual([]);
    expect(state).toEqual({currentRevision: gitBlobId(original), outdated: false});
  });

  it('warns "translation may be outdated" once the original changes, with the diff command and the new revision', () => {
    const before = gitBlobId(original);
    const edited = original.replace('Now.', 'Now, and again after any change.');
    const frontMatter = {title: 'Verificar', translation_of: 'playbooks/rapid-response/x', translated_from_revision: before};
    const {problems, state} = checkTranslation({file, placement, frontMatter, originalText: edited, locate});
    expect(state?.outdated).toBe(true);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning', rule: 'translation-outdated', file, line: 4, field: 'front matter.translated_from_revision',
        message: expect.stringMatching(/^Translation may be outdated: docs\/playbooks\/rapid-response\/x\.md changed/),
        fix: expect.stringContaining(`git diff ${before} ${gitBlobId(edited)}`),
      }),
    ]);
    expect(problems[0]!.fix).toMatch(new RegExp(`set translated_from_revision: ${gitBlobId(edited)}$`));
  });

  it('refuses a translation whose original does not exist', () => {
    const frontMatter = {title: 'Verificar', translation_of: 'playbooks/rapid-response/x', translated_from_revision: gitBlobId(original)};
    const {problems, state} = checkTranslation({file, placement, frontMatter, originalText: undefined, locate});
    expect(state).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({severity: 'error', rule: 'translation-orphan'})]);
  });

  it('refuses a translation_of that names another page', () => {
    const frontMatter = {title: 'Verificar', translation_of: 'playbooks/rapid-response/y', translated_from_revision: gitBlobId(original)};
    const {problems} = checkTranslation({file, placement, frontMatter, originalText: original, locate});
    expect(problems).toEqual([expect.objectContaining({severity: 'error', rule: 'translation-of', fix: 'Write translation_of: playbooks/rapid-response/x'})]);
  });
});
