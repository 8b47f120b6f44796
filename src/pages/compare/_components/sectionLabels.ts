/**
 * Translated labels of the playbook sections, keyed like `PLAYBOOK_SECTIONS`
 * in src/lib/taxonomy.ts (static ids for `write-translations`).
 */
import {translate} from '@docusaurus/Translate';
import type {PlaybookSectionKey} from '@site/src/lib/taxonomy';

const LABELS: Record<PlaybookSectionKey, () => string> = {
  when: () => translate({id: 'compare.section.when', message: 'When to use', description: 'Playbook section heading (must match the section a playbook calls "When to use")'}),
  steps: () => translate({id: 'compare.section.steps', message: 'Steps', description: 'Playbook section heading "Steps"'}),
  roles: () => translate({id: 'compare.section.roles', message: 'Roles and resources', description: 'Playbook section heading "Roles and resources"'}),
  risks: () => translate({id: 'compare.section.risks', message: 'Risks and safeguards', description: 'Playbook section heading "Risks and safeguards"'}),
  learned: () => translate({id: 'compare.section.learned', message: 'What we learned', description: 'Playbook section heading "What we learned"'}),
  sources: () => translate({id: 'compare.section.sources', message: 'Sources', description: 'Playbook section heading "Sources"'}),
};

/** The translated heading of a playbook section. */
export function sectionLabel(key: PlaybookSectionKey): string {
  return LABELS[key]();
}
