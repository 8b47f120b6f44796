import {makeProblem, type Problem} from '../problems';
import {PLAYBOOK_PATH} from '../siteFiles/playbookPath';
import type {Check} from './check';

/** English playbooks live at docs/playbooks/<topic>/<slug>.md (the folder is their main topic). */
export const playbookLayoutCheck: Check<'markdown'> = {
  id: 'playbook-layout',
  reads: ['markdown'],
  run: ({markdown}) =>
    markdown
      .filter(
        ({file, placement, result}) =>
          placement.kind === 'playbook' &&
          placement.root === 'docs' &&
          result.playbook &&
          !PLAYBOOK_PATH.test(file),
      )
      .map(({file}): Problem =>
        makeProblem({file}, '(file)', 'playbook-layout', {
          code: 'playbook-layout.folder',
          values: {},
        }),
      ),
};
