import {makeProblem, type Problem} from '../../lib/problems';
import type {InlineScript} from '../../lib/security/builtPage';

/** One built page's executable inline scripts. */
export type PageScripts = {file: string; scripts: readonly InlineScript[]};

/**
 * Finds the theme's inline script and every other one. Docusaurus injects
 * exactly one inline script into every page (the colour-mode script); the
 * policy allows it by its hash. It is the text found on the most pages; any
 * page with another inline script, or with it twice, is a problem:
 * contributed content must never be able to add one.
 * @param pages - each page's executable inline scripts (see scanBuiltPage)
 * @returns the theme script's text (undefined when no page has one) and one problem per unexpected script
 */
export function inlineScriptProblems(pages: readonly PageScripts[]): {
  themeScript: string | undefined;
  problems: Problem[];
} {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const text of new Set(page.scripts.map((script) => script.text)))
      counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const themeScript = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const problems: Problem[] = [];
  for (const page of pages) {
    let seenTheme = false;
    for (const script of page.scripts) {
      if (script.text === themeScript && !seenTheme) {
        seenTheme = true;
        continue;
      }
      problems.push(
        makeProblem(
          {file: page.file, line: script.line, column: script.column},
          '<script>',
          'inline-script',
          script.text === themeScript
            ? {code: 'inline-script.theme-again', values: {}}
            : {
                code: 'inline-script.other',
                values: {script: JSON.stringify(script.text.slice(0, 80))},
              },
        ),
      );
    }
  }
  return {themeScript, problems};
}

/**
 * Puts the header form of the policy into `_headers` (Netlify / Cloudflare
 * Pages format): every `Content-Security-Policy:` line gets the policy,
 * whether it holds the placeholder (first run) or a policy (a rebuild).
 * @param headers - the text of `_headers`
 * @param policy - the header form of the policy
 * @returns the new text, or null when the file has no such line
 */
export function fillHeaderPolicy(headers: string, policy: string): string | null {
  const line = /^([ \t]*Content-Security-Policy:[ \t]*).*$/gim;
  if (!line.test(headers)) return null;
  return headers.replace(line, (_match, prefix: string) => `${prefix}${policy}`);
}
