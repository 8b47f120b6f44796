import {nestedLocaleDirs} from '..';
import {fillHeaderPolicy, inlineScriptProblems} from '../pages';

const at = (text: string) => ({text, line: 1, column: 2});

describe('inlineScriptProblems', () => {
  it("takes the script on most pages as the theme's, and accepts it once per page and pages without one", () => {
    const result = inlineScriptProblems([
      {file: 'a.html', scripts: [at('theme()')]},
      {file: 'b.html', scripts: [at('theme()')]},
      {file: 'c.html', scripts: []},
    ]);
    expect(result).toEqual({themeScript: 'theme()', problems: []});
  });

  it('names every page with another or an extra inline script, with its place and a fix', () => {
    const {themeScript, problems} = inlineScriptProblems([
      {file: 'a.html', scripts: [at('theme()')]},
      {file: 'b.html', scripts: [at('theme()'), at('evil()')]},
      {file: 'c.html', scripts: [at('other()')]},
      {file: 'd.html', scripts: [at('theme()'), at('theme()')]},
      {file: 'e.html', scripts: [at('theme()')]},
    ]);
    expect(themeScript).toBe('theme()');
    expect(
      problems.map((problem) => [problem.file, problem.rule, problem.line, problem.column]),
    ).toEqual([
      ['b.html', 'inline-script', 1, 2],
      ['c.html', 'inline-script', 1, 2],
      ['d.html', 'inline-script', 1, 2],
    ]);
    expect(problems[0]!.message).toContain('"evil()"');
    expect(problems[2]!.message).toContain('the theme script again');
    expect(problems[0]!.fix).toContain('Move the code into a file under src/');
  });
});

describe('fillHeaderPolicy', () => {
  const headers =
    '/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: SANCTUARY_CONTENT_SECURITY_POLICY\n';

  it('fills the placeholder, and refills a policy already written (a second run)', () => {
    const once = fillHeaderPolicy(headers, "default-src 'self'");
    expect(once).toBe(
      "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'\n",
    );
    expect(fillHeaderPolicy(once!, "default-src 'none'")).toBe(
      "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'none'\n",
    );
  });

  it('says when there is no policy line to fill', () => {
    expect(fillHeaderPolicy('/*\n  X-Frame-Options: DENY\n', 'x')).toBeNull();
  });
});

describe('nestedLocaleDirs', () => {
  it("lists the other locales' folders inside the default locale's output, none inside another locale's", () => {
    expect(nestedLocaleDirs('/', ['/', '/es/', '/fr/'])).toEqual(['es/', 'fr/']);
    expect(nestedLocaleDirs('/es/', ['/', '/es/', '/fr/'])).toEqual([]);
    expect(nestedLocaleDirs('/base/', ['/base/', '/base/es/'])).toEqual(['es/']);
  });
});
