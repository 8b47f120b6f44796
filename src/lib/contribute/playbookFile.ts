import {Document} from 'yaml';
import {DEFAULT_PLAYBOOK_LICENSE, PLAYBOOK_SECTIONS, type PlaybookSectionKey} from '../taxonomy';
import type {PlaybookDraft} from './playbookDraft';

/**
 * The playbook form's state and the file it produces,
 * `docs/playbooks/<topic>/<slug>.md`, laid out like templates/playbook.md:
 * front matter, then the five sections (and optional Sources) in order.
 */

/**
 * Where the file goes: the folder of its first topic (the validator requires the folder's topic among `topics`).
 * @param draft - needs `topics` and `slug`
 * @returns e.g. `docs/playbooks/rapid-response/hotline-shifts.md`
 */
export function playbookFilePath(draft: Pick<PlaybookDraft, 'topics' | 'slug'>): string {
  return `docs/playbooks/${draft.topics[0] ?? '<topic>'}/${draft.slug || '<slug>'}.md`;
}

/** The generated file and the line on which each section's text starts (for mapping problems back to fields). */
export type PlaybookFile = {
  text: string;
  sectionLines: {key: PlaybookSectionKey; from: number; to: number}[];
};

/**
 * The exact text of the playbook file.
 * @param draft - the form state
 * @returns the text, and for each written section the 1-based lines it spans (heading included)
 */
export function playbookFile(draft: PlaybookDraft): PlaybookFile {
  const front = new Document({
    title: draft.title.trim(),
    description: draft.description.trim(),
    topics: draft.topics,
    audience: draft.audience,
    cities: draft.cities,
    organizations: draft.organizations,
    maturity: draft.maturity,
    last_reviewed: draft.lastReviewed,
    license: DEFAULT_PLAYBOOK_LICENSE,
  });
  const lines = ['---', ...front.toString({lineWidth: 0}).trimEnd().split('\n'), '---'];
  const sectionLines: PlaybookFile['sectionLines'] = [];
  for (const section of PLAYBOOK_SECTIONS) {
    const body = draft.sections[section.key].replace(/\r\n?/g, '\n').trim();
    // Required sections are always written, so a missing one is reported at its own field.
    if (!section.required && body === '') continue;
    const from = lines.length + 2;
    lines.push('', `## ${section.heading}`, '');
    if (body) lines.push(...body.split('\n'));
    sectionLines.push({key: section.key, from, to: lines.length});
  }
  return {text: `${lines.join('\n')}\n`, sectionLines};
}
