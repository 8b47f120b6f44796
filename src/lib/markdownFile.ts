// pathe: node:path's API, also in the browser (the /contribute form runs these rules).
import path from 'pathe';
import type {Heading, Root, Yaml} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {CodeOf, ProblemValues} from './checks/problemTexts';
import {makeProblem, type Problem} from './problems';
import {checkMarkdownTree} from './rules/markdown';
import {siteLinkRefs, type SiteLinkRef} from './siteLinkRefs';
import {markdownLimitHits} from './rules/markdownLimits';
import {checkAllStrings} from './rules/plainText';
import {guideFrontMatterSchema} from './schema/guide';
import {playbookFrontMatterSchema, type PlaybookFrontMatter} from './schema/playbook';
import {postFrontMatterSchema} from './schema/post';
import {oneIssuePerUnknownKey} from './schema/strict';
import {
  TRANSLATION_KEYS,
  translationFrontMatterSchema,
  type TranslationFrontMatter,
} from './schema/translation';
import {normalizeHeading, sectionHeadingsFor, sectionHeadingsOf} from './i18n/locales';
import {PLAYBOOK_SECTIONS, type PlaybookSectionKey} from './taxonomy';
import {parseYamlSource, zodProblems} from './yamlSource';

/**
 * Checks one contributed Markdown file (playbook, guide, blog post or a
 * translation of one): front matter, safety rules and, for playbooks, the
 * required sections. Parsing mirrors Docusaurus's `md` format
 * (remark-parse + GFM + directives + front matter).
 */

/** What kind of Markdown file this is; decides which front matter schema applies. */
export type MarkdownKind = 'playbook' | 'guide' | 'post' | 'page';

/** A `##` section of a playbook, as found in the file. */
export type FoundSection = {key: PlaybookSectionKey | null; heading: string; line: number};

/** The result of checking one Markdown file. */
export type MarkdownFileResult = {
  frontMatter: Record<string, unknown>;
  /** Validated playbook front matter (English playbooks only, when valid). */
  playbook?: PlaybookFrontMatter;
  /** Validated translation front matter (translated files only, when valid). */
  translation?: TranslationFrontMatter;
  sections: FoundSection[];
  /** The links into the site, for the broken-link check (src/lib/siteLinks.ts), which needs what exists. */
  links: SiteLinkRef[];
  problems: Problem[];
  /** Line and column of a front matter field in the file (line 1 when there is no front matter). */
  locateFrontMatter(path: readonly PropertyKey[]): {line: number; column: number};
};

/**
 * What `checkMarkdownContent` finds: a pure function of the file's path, text, kind, place and the
 * prose phone regions, so it can be remembered between runs (src/lib/validation/markdownResults.ts).
 * `frontMatterYaml` lets `locateFrontMatter` be made again from a remembered result without parsing
 * the Markdown.
 */
export type MarkdownContentResult = MarkdownFileResult & {
  /** The front matter block's YAML and the line it starts on, when the file has one. */
  frontMatterYaml?: {value: string; line: number};
};

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkFrontmatter, ['yaml']);

/**
 * Parses Markdown the way the build does.
 * @param text - the whole file, front matter included
 */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** What `checkMarkdownContent` needs: everything its result depends on. */
export type MarkdownContentJob = {
  /** Path relative to the site root (used in problems). */
  file: string;
  /** The file's content. */
  text: string;
  /** Absolute site root. */
  siteDir: string;
  kind: MarkdownKind;
  /** Absolute folder that relative links must stay inside. */
  contentRoot: string;
  /** For a file under `i18n/<locale>/`: its locale. */
  translationLocale?: string;
};

/**
 * Checks a Markdown file: `checkMarkdownContent`, then the checks of the day (`withMarkdownDates`).
 * @param options.file - path relative to the site root (used in problems)
 * @param options.text - the file's content
 * @param options.siteDir - absolute site root
 * @param options.kind - playbook, guide, post or page
 * @param options.contentRoot - absolute folder that relative links must stay inside
 * @param options.translationLocale - for a file under `i18n/<locale>/`: its locale. The front matter is then
 *   checked as a translation's (only words; facts are inherited from the original) and a playbook's
 *   sections must use that locale's headings (src/lib/i18n/locales.ts).
 * @param options.today - today's date for the future-date check (default: now)
 */
export function checkMarkdownFile(
  options: MarkdownContentJob & {
    /** Today as `YYYY-MM-DD`, for the future-date check (default: the real date). */
    today?: string;
  },
): MarkdownFileResult {
  return withMarkdownDates(checkMarkdownContent(options), options.file, options.today);
}

/**
 * Checks a Markdown file's content: everything but the checks of the day. Parses it once (unless the
 * parser limits refuse it, src/lib/rules/markdownLimits.ts: then the limits are its only problems).
 * @param options - see `MarkdownContentJob`
 * @returns the result; `frontMatterYaml` is set when the file has front matter
 */
export function checkMarkdownContent(options: MarkdownContentJob): MarkdownContentResult {
  const {file, text, kind} = options;
  // Shapes the parser reads in more than linear time (or crashes on) are refused before it reads them.
  const limits = markdownLimitHits(text);
  if (limits.length > 0) {
    return {
      frontMatter: {},
      sections: [],
      links: [],
      locateFrontMatter: () => ({line: 1, column: 1}),
      problems: limits.map((hit) =>
        makeProblem({file, line: hit.line}, 'body', hit.rule, {code: hit.code, values: hit.values}),
      ),
    };
  }
  const tree = parseMarkdown(text);
  const problems: Problem[] = [];
  // gray-matter, which Docusaurus uses, evaluates `---js` / `---javascript` front matter as code.
  const opening = /^\uFEFF?---([^\r\n]*)\r?\n/.exec(text);
  if (opening && opening[1]!.trim() !== '') {
    problems.push(
      makeProblem({file, column: 4}, 'front matter', 'front-matter-language', {
        code: 'front-matter-language.tag',
        values: {tag: opening[1]!.trim()},
      }),
    );
  }
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  let frontMatter: Record<string, unknown> = {};
  let playbook: PlaybookFrontMatter | undefined;
  let translation: TranslationFrontMatter | undefined;
  const locale = options.translationLocale;
  let locateFrontMatter: MarkdownFileResult['locateFrontMatter'] = () => ({line: 1, column: 1});

  if (yamlNode) {
    const source = parseYamlSource(file, yamlNode.value, yamlNode.position!.start.line);
    locateFrontMatter = source.locate;
    problems.push(...source.problems);
    if (source.data && typeof source.data === 'object' && !Array.isArray(source.data)) {
      frontMatter = source.data as Record<string, unknown>;
      if ('mdx' in frontMatter) {
        problems.push(
          makeProblem({file, ...source.locate(['mdx'])}, 'front matter.mdx', 'mdx-front-matter', {
            code: 'mdx-front-matter.key',
            values: {},
          }),
        );
      }
      problems.push(...checkAllStrings(frontMatter, source.locate, file, 'front matter'));
      // Every kind has a strict schema; an image key (remote or not) is judged by it (rule remote-image for another site's).
      if (locale !== undefined) {
        const {mdx: _ignored, ...rest} = frontMatter;
        const allowed = new Set<string>(TRANSLATION_KEYS);
        for (const key of Object.keys(rest).filter((candidate) => !allowed.has(candidate))) {
          problems.push(
            makeProblem(
              {file, ...source.locate([key])},
              `front matter.${key}`,
              'translation-front-matter',
              {
                code: 'translation-front-matter.key',
                values: {key, keys: TRANSLATION_KEYS.join(', ')},
              },
            ),
          );
          delete rest[key];
        }
        const result = translationFrontMatterSchema.safeParse(rest, {reportInput: true});
        if (result.success) translation = result.data;
        else problems.push(...zodProblems(file, source, result.error, 'front matter'));
      } else if (kind === 'playbook') {
        const {mdx: _ignored, ...rest} = frontMatter;
        const result = playbookFrontMatterSchema.safeParse(rest, {reportInput: true});
        if (result.success) playbook = result.data;
        else problems.push(...zodProblems(file, source, result.error, 'front matter'));
        // The folder is the playbook's main topic (templates/playbook.md): where people look for it, and its compare group.
        const folder = /(?:^|\/)playbooks\/([^/]+)\/[^/]+\.md$/.exec(file)?.[1];
        if (playbook && folder && playbook.topics[0] !== folder) {
          problems.push(
            makeProblem(
              {file, ...source.locate(['topics', 0])},
              'front matter.topics[0]',
              'topic-folder',
              {code: 'topic-folder.first', values: {topic: playbook.topics[0]!, folder}},
            ),
          );
        }
      } else if (kind === 'guide' || kind === 'post') {
        // Guides and posts: Docusaurus's keys that stay on the site (schema/guide.ts, schema/post.ts); unknown keys are named.
        const {mdx: _ignored, ...rest} = frontMatter;
        const result = (
          kind === 'guide' ? guideFrontMatterSchema : postFrontMatterSchema
        ).safeParse(rest, {reportInput: true});
        if (!result.success)
          problems.push(
            ...zodProblems(file, source, oneIssuePerUnknownKey(result.error), 'front matter'),
          );
      }
    }
  } else if (locale !== undefined) {
    problems.push(
      makeProblem({file}, 'front matter', 'schema', {
        code: 'schema.translation-without-front-matter',
        values: {},
      }),
    );
  } else if (kind === 'playbook') {
    problems.push(
      makeProblem({file}, 'front matter', 'schema', {
        code: 'schema.playbook-without-front-matter',
        values: {},
      }),
    );
  }

  problems.push(
    ...checkMarkdownTree(tree, {
      file,
      fileDir: path.dirname(path.join(options.siteDir, file)),
      contentRoot: options.contentRoot,
      source: text,
    }),
  );

  const sections = findSections(tree, sectionHeadingsFor(locale ?? 'en'));
  if (kind === 'playbook') problems.push(...checkSections(file, sections, tree, locale ?? 'en'));
  return {
    frontMatter,
    playbook,
    translation,
    sections,
    links: siteLinkRefs(tree),
    problems,
    locateFrontMatter,
    ...(yamlNode
      ? {frontMatterYaml: {value: yamlNode.value, line: yamlNode.position!.start.line}}
      : {}),
  };
}

/**
 * Adds the checks that depend on the day to a content result: a playbook reviewed in the future.
 * @param result - from `checkMarkdownContent` (fresh or remembered)
 * @param file - path relative to the site root
 * @param today - today as `YYYY-MM-DD` (default: the real date, UTC)
 * @returns the result with the day's problems after its own
 */
export function withMarkdownDates<T extends MarkdownFileResult>(
  result: T,
  file: string,
  today: string = new Date().toISOString().slice(0, 10),
): T {
  const reviewed = result.playbook?.last_reviewed;
  if (reviewed === undefined || reviewed <= today) return result;
  return {
    ...result,
    problems: [
      ...result.problems,
      makeProblem(
        {file, ...result.locateFrontMatter(['last_reviewed'])},
        'front matter.last_reviewed',
        'future-date',
        {code: 'future-date.reviewed', values: {date: reviewed}},
      ),
    ],
  };
}

/** English heading text (normalised, see `normalizeHeading`) → section key. */
export const ENGLISH_SECTION_HEADINGS: Record<string, PlaybookSectionKey> =
  sectionHeadingsFor('en');

/**
 * Lists the `##` headings of a document with their section keys.
 * @param tree - mdast root
 * @param headings - lowercase heading text → key (default: English headings)
 */
export function findSections(
  tree: Root,
  headings: Record<string, PlaybookSectionKey> = ENGLISH_SECTION_HEADINGS,
): FoundSection[] {
  return tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
    .map((node) => {
      const heading = toString(node).trim();
      return {
        key: headings[normalizeHeading(heading)] ?? null,
        heading,
        line: node.position!.start.line,
      };
    });
}

function checkSections(
  file: string,
  sections: FoundSection[],
  tree: Root,
  locale: string,
): Problem[] {
  const problems: Problem[] = [];
  const at = (
    line: number,
    code: CodeOf<'playbook-sections'>,
    values: ProblemValues,
    severity: Problem['severity'] = 'error',
  ) =>
    problems.push(
      makeProblem({file, line}, 'sections', 'playbook-sections', {code, values}, severity),
    );
  const order = PLAYBOOK_SECTIONS.map((section) => section.key as string);
  // A translation uses its own language's headings; they map to the same keys, so the comparison lines up.
  const localHeadings = sectionHeadingsOf(locale);
  const headingOf = (section: (typeof PLAYBOOK_SECTIONS)[number]) => localHeadings[section.key];
  const expected = PLAYBOOK_SECTIONS.map((section) => `## ${headingOf(section)}`).join(', ');

  for (const h1 of tree.children.filter(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  )) {
    at(h1.position!.start.line, 'playbook-sections.h1', {});
  }
  let last = -1;
  const seen = new Set<string>();
  for (const section of sections) {
    if (section.key === null) {
      at(
        section.line,
        'playbook-sections.unknown',
        {heading: section.heading, expected},
        'warning',
      );
      continue;
    }
    if (seen.has(section.key)) {
      at(section.line, 'playbook-sections.twice', {heading: section.heading});
      continue;
    }
    const index = order.indexOf(section.key);
    if (index < last) {
      at(section.line, 'playbook-sections.order', {heading: section.heading, expected});
    }
    last = Math.max(last, index);
    seen.add(section.key);
  }
  for (const section of PLAYBOOK_SECTIONS) {
    if (section.required && !seen.has(section.key)) {
      at(sections.at(-1)?.line ?? 1, 'playbook-sections.missing', {
        heading: headingOf(section),
        expected,
      });
    }
  }
  return problems;
}
