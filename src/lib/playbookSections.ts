import type {Heading, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {ENGLISH_SECTION_HEADINGS, parseMarkdown} from './markdownFile';
import {PLAYBOOK_SECTIONS, type PlaybookSectionKey} from './taxonomy';
import {normalizeHeading} from './i18n/locales';

/**
 * Splits a playbook into its body sections (`## When to use`, `## Steps`…)
 * so the comparison view can line cities up section by section. Pure: the
 * caller renders the returned Markdown trees to HTML at build time.
 */

/** One `##` section: its heading as written and its content as an mdast tree (without the heading). */
export type ExtractedSection = {heading: string; line: number; tree: Root};

/** The sections of one playbook, keyed by section key; `extra` holds `##` sections that map to no key. */
export type PlaybookSections = {
  sections: Partial<Record<PlaybookSectionKey, ExtractedSection>>;
  /** Sections whose heading is not a known section (kept so nothing is silently lost). */
  extra: ExtractedSection[];
  /** Required section keys that the playbook does not have. */
  missing: PlaybookSectionKey[];
};

/**
 * Extracts the sections of a playbook.
 *
 * Content before the first `##` heading is ignored (it has no section).
 * A heading is matched after `normalizeHeading` (case, spaces, explicit `{#id}`,
 * typographic apostrophes) against `headings` (normalised heading text → key, see `sectionHeadingsFor`), so a translated playbook can pass
 * its own language's headings. When a key appears twice, the first wins (the
 * validator reports the duplicate).
 * @param source - the whole Markdown file (front matter allowed) or an already parsed mdast root
 * @param headings - lowercase heading text → section key (default: the English headings of `PLAYBOOK_SECTIONS`)
 * @returns the sections found, the unknown ones and the missing required keys
 */
export function extractPlaybookSections(
  source: string | Root,
  headings: Record<string, PlaybookSectionKey> = ENGLISH_SECTION_HEADINGS,
): PlaybookSections {
  const tree = typeof source === 'string' ? parseMarkdown(source) : source;
  const sections: PlaybookSections['sections'] = {};
  const extra: ExtractedSection[] = [];
  let current: ExtractedSection | null = null;
  const close = (heading: Heading) => {
    const text = toString(heading).trim();
    current = {
      heading: text,
      line: heading.position?.start.line ?? 1,
      tree: {type: 'root', children: []},
    };
    const key = headings[normalizeHeading(text)];
    if (key && !sections[key]) sections[key] = current;
    else extra.push(current);
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 2) close(node);
      else current = null; // a stray "#" heading ends the section; the validator refuses it
      continue;
    }
    (current as ExtractedSection | null)?.tree.children.push(structuredClone(node) as RootContent);
  }
  const missing = PLAYBOOK_SECTIONS.filter(
    (section) => section.required && !sections[section.key],
  ).map((section) => section.key);
  return {sections, extra, missing};
}
