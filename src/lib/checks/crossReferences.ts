import {formatField, makeProblem, type Problem} from '../problems';
import type {Check} from './check';
import type {LoadedPlaybook} from '../siteFiles/entities';

/**
 * What playbooks name in their front matter exists: their folder's topic is among their topics, and
 * their cities, organisations and related playbooks are in the coalition.
 */
export const crossReferencesCheck: Check<never> = {
  id: 'cross-references',
  reads: [],
  run(_files, {entities}) {
    const known = {
      cities: new Set(entities.cities.map((city) => city.slug)),
      organizations: new Set(entities.organizations.map((org) => org.slug)),
      playbooks: new Set(entities.playbooks.map((playbook) => playbook.id)),
    };
    return entities.playbooks.flatMap((playbook) => playbookReferences(playbook, known));
  },
};

type Known = {cities: Set<string>; organizations: Set<string>; playbooks: Set<string>};

/** The problems of one playbook's front matter references. */
function playbookReferences(playbook: LoadedPlaybook, known: Known): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string, fix: string) =>
    problems.push(
      makeProblem(
        {file: playbook.file, ...playbook.locate(path)},
        `front matter.${formatField(path)}`,
        'cross-reference',
        {message, fix},
      ),
    );
  const {frontMatter, topic} = playbook;
  if (!frontMatter.topics.includes(topic as never)) {
    add(
      ['topics'],
      `The playbook is in the "${topic}" folder but its topics do not include "${topic}".`,
      `Add ${topic} to topics, or move the file to the folder of its main topic.`,
    );
  }
  frontMatter.cities.forEach((city, index) => {
    if (!known.cities.has(city))
      add(
        ['cities', index],
        `Unknown city "${city}".`,
        `Use a city slug that has a folder in directory/ (${[...known.cities].join(', ') || 'none yet'}), or add the city first.`,
      );
  });
  frontMatter.organizations.forEach((org, index) => {
    if (!known.organizations.has(org))
      add(
        ['organizations', index],
        `Unknown organisation "${org}".`,
        'Use the file name (without .yml) of an organisation in directory/, or add the organisation first.',
      );
  });
  (frontMatter.related ?? []).forEach((related, index) => {
    if (!known.playbooks.has(related))
      add(
        ['related', index],
        `Unknown related playbook "${related}".`,
        'Write the id of an existing playbook as playbooks/<topic>/<slug>.',
      );
  });
  return problems;
}
