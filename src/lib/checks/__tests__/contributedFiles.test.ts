import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition} from '../../coalition';

/**
 * loadCoalition lists and checks every contributed file that reaches a page:
 * interface translations and category files included, so `npm run validate -- <path>` accepts them.
 */
const ROOT = path.resolve(__dirname, '../../../..');

function site(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-files-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  for (const [file, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.symlinkSync(target, path.join(dir, file));
  }
  return dir;
}

function load(dir: string) {
  try {
    return loadCoalition(dir, {now: new Date('2026-11-29T12:00:00Z')});
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

describe('the files loadCoalition checks', () => {
  it('lists interface translations and category files, and checks them', () => {
    const coalition = load(
      site({
        'docs/guides/start-here.md': '---\ntitle: Start\n---\n\nText.\n',
        'docs/guides/_category_.yml': 'label: "Guides</script>"\n',
        'i18n/es/code.json': '{"home.title": {"message": "Llama al (612) 333-4455"}}',
        'i18n/es/docusaurus-theme-classic/footer.json':
          '{"copyright": {"message": "<meta http-equiv=refresh>"}}',
      }),
    );
    expect(coalition.files).toEqual(
      expect.arrayContaining([
        'i18n/es/code.json',
        'i18n/es/docusaurus-theme-classic/footer.json',
        'docs/guides/_category_.yml',
      ]),
    );
    expect(coalition.problems.map((problem) => [problem.file, problem.rule])).toEqual(
      expect.arrayContaining([
        ['docs/guides/_category_.yml', 'angle-bracket'],
        ['i18n/es/code.json', 'phone-in-prose'],
        ['i18n/es/docusaurus-theme-classic/footer.json', 'angle-bracket'],
      ]),
    );
  });

  it('reads an i18n/en/ copy as a refusal only, not as a translation', () => {
    const coalition = load(
      site({
        'docs/guides/start-here.md': '---\ntitle: Start\n---\n\nText.\n',
        'i18n/en/docusaurus-plugin-content-docs/current/guides/start-here.md':
          '---\ntitle: Other\n---\n\nText.\n',
      }),
    );
    expect(coalition.problems.map((problem) => problem.rule)).toEqual(['default-locale-copy']);
    expect(coalition.translations).toEqual([]);
  });

  it("refuses a symbolic link, unless a test site mirrors the repository's own file at the same path", () => {
    const mirrored = load(
      site(
        {'docs/guides/start-here.md': '---\ntitle: Start\n---\n\nText.\n'},
        {'i18n/es/code.json': path.join(ROOT, 'i18n/es/code.json')},
      ),
    );
    expect(mirrored.problems).toEqual([]);
    const elsewhere = load(
      site(
        {'docs/guides/start-here.md': '---\ntitle: Start\n---\n\nText.\n'},
        {'i18n/es/code.json': path.join(ROOT, 'i18n/fr/code.json')},
      ),
    );
    expect(elsewhere.problems.map((problem) => [problem.file, problem.rule])).toEqual([
      ['i18n/es/code.json', 'symlink'],
    ]);
  });
});
