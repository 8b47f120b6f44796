import {translate} from '@docusaurus/Translate';
import {PLAYBOOK_SECTIONS, type PlaybookSectionKey} from '../../../lib/taxonomy';

const SECTION_LABELS: Record<PlaybookSectionKey, () => string> = {
  when: () =>
    translate({
      id: 'contribute.pb.section.when',
      message: 'When to use',
      description: 'Playbook section heading',
    }),
  steps: () =>
    translate({
      id: 'contribute.pb.section.steps',
      message: 'Steps',
      description: 'Playbook section heading',
    }),
  roles: () =>
    translate({
      id: 'contribute.pb.section.roles',
      message: 'Roles and resources',
      description: 'Playbook section heading',
    }),
  risks: () =>
    translate({
      id: 'contribute.pb.section.risks',
      message: 'Risks and safeguards',
      description: 'Playbook section heading',
    }),
  learned: () =>
    translate({
      id: 'contribute.pb.section.learned',
      message: 'What we learned',
      description: 'Playbook section heading',
    }),
  sources: () =>
    translate({
      id: 'contribute.pb.section.sources',
      message: 'Sources (optional)',
      description: 'Playbook section heading',
    }),
};

/**
 * The label of a playbook section in the reader's language, as the playbook form shows it.
 * @param key - e.g. `steps`
 */
export function playbookSectionLabel(key: PlaybookSectionKey): string {
  return SECTION_LABELS[key]();
}

/**
 * The label of the section whose English heading is given, e.g. `Steps` → `Pasos`.
 * @param heading - an English heading of `PLAYBOOK_SECTIONS`
 * @returns the label, or the heading itself when it is not a section's
 */
export function playbookSectionLabelOfHeading(heading: string): string {
  const section = PLAYBOOK_SECTIONS.find((candidate) => candidate.heading === heading);
  return section ? playbookSectionLabel(section.key) : heading;
}
