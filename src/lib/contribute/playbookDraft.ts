import {PLAYBOOK_SECTIONS, type PlaybookSectionKey} from '../taxonomy';

/** The playbook form's state, with no dependency on the YAML writer (`playbookFile.ts` writes the file). */

/** Everything the playbook form edits. */
export type PlaybookDraft = {
  slug: string;
  title: string;
  description: string;
  topics: string[];
  audience: string[];
  cities: string[];
  organizations: string[];
  maturity: string;
  lastReviewed: string;
  sections: Record<PlaybookSectionKey, string>;
};

/**
 * An empty form.
 * @param today - `YYYY-MM-DD`, the review date
 */
export function emptyPlaybookDraft(today: string): PlaybookDraft {
  const sections = Object.fromEntries(
    PLAYBOOK_SECTIONS.map((section) => [section.key, '']),
  ) as Record<PlaybookSectionKey, string>;
  return {
    slug: '',
    title: '',
    description: '',
    topics: [],
    audience: [],
    cities: [],
    organizations: [],
    maturity: 'idea',
    lastReviewed: today,
    sections,
  };
}
