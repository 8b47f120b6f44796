import type {LoadContext, Plugin} from '@docusaurus/types';
import {failBuild} from '../buildErrors';
import {loadCoalitionOnce} from '../coalitionCache';
import {formatReport} from '../../lib/report';
import {validateContentDirOptions, type ContentDirPluginOptions} from '../contentDirOptions';

/**
 * Docusaurus plugin that refuses to build a site whose contributed content
 * breaks the schema or the safety rules. It runs the validator's own code
 * (`loadCoalition`) before any page is compiled, so the build fails with
 * exactly the report `npm run validate` prints (DESIGN.md safety rules 1–9).
 * `options.contentDir` is where contributed content lives (default: the site).
 */
export default function contentGuardPlugin(
  context: LoadContext,
  options: ContentDirPluginOptions = {},
): Plugin {
  const contentDir = options.contentDir ?? context.siteDir;
  return {
    name: 'sanctuary-content-guard',
    async loadContent() {
      const coalition = await loadCoalitionOnce(contentDir);
      const errors = coalition.problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0) {
        failBuild(
          `Contributed content has problems; the site was not built.\n\n${formatReport(errors, 'text', coalition.files.length)}\n\nRun "npm run validate" to see this report without building.`,
        );
      }
    },
  };
}

contentGuardPlugin.validateOptions = validateContentDirOptions;
