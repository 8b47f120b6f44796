import {formatField, makeProblem, type CodedText, type Problem} from '../problems';
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
  const add = (path: (string | number)[], text: CodedText<'cross-reference'>) =>
    problems.push(
      makeProblem(
        {file: playbook.file, ...playbook.locate(path)},
        `front matter.${formatField(path)}`,
        'cross-reference',
        text,
      ),
    );
  const {frontMatter, topic} = playbook;
  if (!frontMatter.topics.includes(topic as never))
    add(['topics'], {code: 'cross-reference.topic-folder', values: {topic}});
  const cities = [...known.cities].join(', ');
  frontMatter.cities.forEach((city, index) => {
    if (known.cities.has(city)) return;
    add(
      ['cities', index],
      cities
        ? {code: 'cross-reference.unknown-city', values: {city, cities}}
        : {code: 'cross-reference.unknown-city-none-yet', values: {city}},
    );
  });
  frontMatter.organizations.forEach((organization, index) => {
    if (!known.organizations.has(organization))
      add(['organizations', index], {
        code: 'cross-reference.unknown-organization',
        values: {organization},
      });
  });
  (frontMatter.related ?? []).forEach((playbookId, index) => {
    if (!known.playbooks.has(playbookId))
      add(['related', index], {
        code: 'cross-reference.unknown-related',
        values: {playbook: playbookId},
      });
  });
  return problems;
}
