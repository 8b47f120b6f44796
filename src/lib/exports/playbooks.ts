import type {Heading, Link, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Coalition, LoadedPlaybook} from '../coalition';
import {parseMarkdown} from '../markdownFile';
import type {PlaybookFrontMatter} from '../schema/playbook';
import type {BuildInfo} from './buildInfo';
import {PLAYBOOK_LICENSE, envelope, toJsonText} from './envelope';
import {sitePaths} from '../sitePaths';

/**
 * `playbooks.json`: front matter, section headings, word counts and links
 * of every playbook (not the text itself, which lives on the site under
 * each playbook's own licence).
 */

/** One `##` section of a playbook. */
export type SectionRecord = {heading: string; key: string | null; words: number};

/** One playbook as exported. */
export type PlaybookRecord = {
  id: string;
  url: string;
  source_file: string;
  /** true when the playbook is credited to a fictional sample organisation. */
  sample: boolean;
  front_matter: PlaybookFrontMatter;
  sections: SectionRecord[];
  /** Words in the body (front matter excluded), counted by `Intl.Segmenter`. */
  words: number;
  /** Every link target in the body, in order of appearance, without duplicates. */
  links: {internal: string[]; external: string[]};
};

const segmenter = new Intl.Segmenter('en', {granularity: 'word'});

/**
 * Counts words the way `Intl.Segmenter` (Unicode UAX #29) splits them, so
 * text without spaces between words is not counted as one word.
 * @param text - plain text
 */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/**
 * Headings, word counts and links of a playbook body.
 * @param tree - the parsed Markdown (front matter node included or not)
 * @param sectionKeys - heading text → section key, from the loader
 */
export function describeBody(
  tree: Root,
  sectionKeys: Map<string, string | null>,
): Pick<PlaybookRecord, 'sections' | 'words' | 'links'> {
  const sections: SectionRecord[] = [];
  let words = 0;
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const count = countWords(toString(node));
    words += count;
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      const heading = toString(node);
      sections.push({heading, key: sectionKeys.get(heading) ?? null, words: 0});
    } else if (sections.length > 0) {
      sections[sections.length - 1]!.words += count;
    }
  }
  const internal = new Set<string>();
  const external = new Set<string>();
  visit(tree, 'link', (link: Link) => {
    (/^[a-z][a-z0-9+.-]*:/i.test(link.url) ? external : internal).add(link.url);
  });
  return {sections, words, links: {internal: [...internal], external: [...external]}};
}

/** What a playbook body's description depends on: its Markdown and its `##` headings' section keys. */
export type BodyInput = {text: string; sectionKeys: Array<[string, string | null]>};

/** Headings, word counts and links of a playbook body (see `describeBody`). */
export type BodyDescription = Pick<PlaybookRecord, 'sections' | 'words' | 'links'>;

/**
 * Parses a playbook's Markdown and describes its body: a pure function of its input, which the
 * build remembers between its locale processes (src/lib/validation/rememberedResults.ts).
 * @param input - the file's text and the section key of each heading
 */
export function describeText(input: BodyInput): BodyDescription {
  return describeBody(parseMarkdown(input.text), new Map(input.sectionKeys));
}

/**
 * Every playbook's record, in id order.
 * @param coalition - the loaded coalition
 * @param readText - returns a playbook file's Markdown (relative path in, text out)
 * @param site - absolute site URL without trailing slash
 * @param describe - describes a body (default `describeText`; the build passes a remembered one)
 */
export function playbookRecords(
  coalition: Pick<Coalition, 'playbooks' | 'organizations'>,
  readText: (file: string) => string,
  siteUrl: string,
  describe: (input: BodyInput) => BodyDescription = describeText,
): PlaybookRecord[] {
  const samples = new Set(
    coalition.organizations.filter((org) => org.data.sample === true).map((org) => org.slug),
  );
  return [...coalition.playbooks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((playbook: LoadedPlaybook) => ({
      id: playbook.id,
      url: `${siteUrl.replace(/\/$/, '')}${sitePaths.doc(playbook.id)}`,
      source_file: playbook.file,
      sample: playbook.frontMatter.organizations.some((slug) => samples.has(slug)),
      front_matter: playbook.frontMatter,
      ...describe({
        text: readText(playbook.file),
        sectionKeys: playbook.sections.map((section) => [section.heading, section.key]),
      }),
    }));
}

/**
 * The text of `playbooks.json`.
 * @param coalition - the loaded coalition
 * @param readText - returns a playbook file's Markdown
 * @param info - build metadata
 * @param siteUrl - absolute site URL
 * @param describe - describes a body (default `describeText`)
 */
export function playbooksJson(
  coalition: Pick<Coalition, 'playbooks' | 'organizations'>,
  readText: (file: string) => string,
  info: BuildInfo,
  siteUrl: string,
  describe: (input: BodyInput) => BodyDescription = describeText,
): string {
  return toJsonText(
    envelope(
      info,
      PLAYBOOK_LICENSE,
      'playbooks',
      playbookRecords(coalition, readText, siteUrl, describe),
    ),
  );
}
