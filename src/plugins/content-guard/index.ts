import type {LoadContext, Plugin} from '@docusaurus/types';
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
        const report = `Contributed content has problems; the site was not built.\n\n${formatReport(errors, 'text', coalition.files.length)}\n\nRun "npm run validate" to see this report without building.`;
        if (process.env.NODE_ENV === 'production') {
          // \`docusaurus build\` would wrap any thrown error in its own stack
          // trace; a contributor needs the report alone and a failing exit code.
          console.error(report);
          process.exit(1);
        }
        // During \`npm start\` the dev server shows the error and keeps running.
        const error = new Error(report);
        error.stack = report;
        throw error;
      }
    },
  };
}

contentGuardPlugin.validateOptions = validateContentDirOptions;
