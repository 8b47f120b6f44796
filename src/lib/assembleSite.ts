/**
 * Assembles one site from locales built separately (the jobs of a CI
 * matrix: `docusaurus build --locale es` writes `<out-dir>/es/`, each
 * locale having an explicit base URL in `docusaurus.config.ts`), and checks
 * what separate builds could get wrong: a missing locale or search index,
 * two different files at one path, or a Content-Security-Policy that does
 * not allow the inline script of every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE, LOCALE_CODES} from './i18n/locales';
import {assembledPolicyProblems, headerPolicy, metaPolicy} from './security/assembledPolicy';

/** Every file under `dir`, relative, with `/` separators. */
function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

/**
 * Copies the builds into `out` and checks the result.
 * @param builds - build folders, in any order
 * @param out - the assembled site's folder (created; must not exist or be empty)
 * @param locales - the locales the site must have (default: every published locale)
 * @returns every problem found (empty: the site is ready to publish)
 */
export function assembleSite(
  builds: readonly string[],
  out: string,
  locales: readonly string[] = LOCALE_CODES,
): string[] {
  const problems: string[] = [];
  const origin = new Map<string, string>();
  fs.mkdirSync(out, {recursive: true});
  if (fs.readdirSync(out).length > 0) return [`${out} is not empty: assemble into a new folder.`];
  for (const build of builds) {
    for (const file of filesOf(build)) {
      const source = path.join(build, file);
      const target = path.join(out, file);
      const earlier = origin.get(file);
      if (earlier !== undefined) {
        // Hashed assets of two builds of one commit are the same file; anything else would silently lose a page.
        if (!fs.readFileSync(source).equals(fs.readFileSync(target)))
          problems.push(`${file} differs between ${earlier} and ${build}.`);
        continue;
      }
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.copyFileSync(source, target);
      origin.set(file, build);
    }
  }
  problems.push(...builtSiteProblems(out, [...origin.keys()], locales));
  return problems;
}

/** The folder of a locale inside the site: `''` for the default locale, `es/` for Spanish. */
const localeBase = (locale: string) => (locale === DEFAULT_LOCALE ? '' : `${locale}/`);

/**
 * The locales a site lacks, or whose search index it lacks.
 * @param locales - the locales the site must have
 * @param has - whether the site has a file (relative, `/` separators)
 * @param fix - what to do about a missing locale, e.g. `add its build`
 */
function missingLocales(
  locales: readonly string[],
  has: (file: string) => boolean,
  fix: string,
): string[] {
  const problems: string[] = [];
  for (const locale of locales) {
    const base = localeBase(locale);
    if (!has(`${base}index.html`))
      problems.push(`The locale "${locale}" is missing (no ${base}index.html): ${fix}.`);
    else if (!has(`${base}pagefind/pagefind.js`))
      problems.push(`The locale "${locale}" has no search index (${base}pagefind/).`);
  }
  return problems;
}

/**
 * Checks a site folder that holds every locale: each locale is there with its search index, and the policy
 * served at the root allows the inline script of every page (what builds of separate locales could get wrong).
 * @param out - the site's folder
 * @param files - every file under `out`, relative, with `/` separators
 * @param locales - the locales the site must have
 * @returns every problem found (empty: the site is ready to publish)
 */
function builtSiteProblems(
  out: string,
  files: readonly string[],
  locales: readonly string[],
): string[] {
  const problems: string[] = [];
  const present = new Set(files);
  problems.push(...missingLocales(locales, (file) => present.has(file), 'add its build'));
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({file, html: fs.readFileSync(path.join(out, file), 'utf8')}));
  const headers = present.has('_headers')
    ? fs.readFileSync(path.join(out, '_headers'), 'utf8')
    : '';
  problems.push(...assembledPolicyProblems(pages, headers));
  return problems;
}

/** The inline-script hashes (`'sha256-…'`) a policy allows, sorted; null when there is no policy. */
function allowedHashes(policy: string | undefined): string | null {
  if (policy === undefined) return null;
  return [...policy.matchAll(/'sha256-[A-Za-z0-9+/=]+'/g)]
    .map((match) => match[0])
    .sort()
    .join(' ');
}

/**
 * Checks a site whose locales were built one after the other into one folder (`npm run build`): every locale
 * is there with its search index, and every locale allows the same inline script as the policy served at the
 * root. Each locale's build has already checked every one of its pages against its own policy (the
 * security-headers plugin fails the build otherwise), so one page and the `_headers` file per locale suffice;
 * {@link assembleSite}, which cannot know how its folders were built, reads every page (about a minute at the
 * benchmark coalition).
 * @param out - the site's folder
 * @param locales - the locales the site must have (default: every published locale)
 * @returns every problem found (empty: the site is ready to publish)
 */
export function checkBuiltSite(out: string, locales: readonly string[] = LOCALE_CODES): string[] {
  const problems: string[] = [];
  const read = (file: string) => {
    const full = path.join(out, file);
    return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
  };
  const root = allowedHashes(headerPolicy(read('_headers') ?? ''));
  if (root === null)
    problems.push(
      'The root _headers file has no Content-Security-Policy: build the default locale too.',
    );
  problems.push(
    ...missingLocales(locales, (file) => fs.existsSync(path.join(out, file)), 'build it'),
  );
  for (const locale of locales) {
    const base = localeBase(locale);
    const home = read(`${base}index.html`);
    if (home === undefined || root === null) continue;
    const sources = [
      [`${base}index.html`, allowedHashes(metaPolicy(home))],
      ...(base
        ? [[`${base}_headers`, allowedHashes(headerPolicy(read(`${base}_headers`) ?? ''))]]
        : []),
    ] as const;
    for (const [file, hashes] of sources)
      if (hashes !== root)
        problems.push(
          `${file} allows the inline script(s) ${hashes || 'none'}, the root _headers ${root || 'none'}: build every locale from the same commit and configuration.`,
        );
  }
  return problems;
}
