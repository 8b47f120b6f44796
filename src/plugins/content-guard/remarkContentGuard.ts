import path from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {checkMarkdownTree} from '../../lib/rules/markdown';
import {classifyMarkdown} from '../../lib/siteFiles/listing';
import {formatReport} from '../../lib/report';
import {reportError} from '../buildErrors';

/**
 * Remark plugin (`beforeDefaultRemarkPlugins`) that checks the very tree
 * Docusaurus is about to render against the safety rules, so no Markdown
 * reaches a page unchecked, even a file the validator was not pointed at.
 * @param options.siteDir - absolute folder of the contributed content (the site root unless a fixture is built)
 */
export default function remarkContentGuard(options: {siteDir: string}) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const relative = path.relative(options.siteDir, file.path).split(path.sep).join('/');
    const placement = classifyMarkdown(relative);
    // Our own pages under src/ are code we review, not contributed content.
    if (!placement) return;
    // The file's text (front matter included, as the tree's positions are) places each problem at its column.
    const source = typeof file.value === 'string' ? file.value : undefined;
    const problems = checkMarkdownTree(tree, {
      file: relative,
      fileDir: path.dirname(file.path),
      contentRoot: path.join(options.siteDir, placement.root),
      source,
    }).filter((problem) => problem.severity === 'error');
    if (problems.length > 0) {
      throw reportError(`Unsafe content in ${relative}:\n\n${formatReport(problems, 'text', 1)}`);
    }
  };
}
