// pathe: node:path's API, also in the browser (the /contribute form runs these rules).
import path from 'pathe';
import type {Root, Nodes} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Problem} from '../problems';
import {CHAT_INVITE_FIX, findChatInvite} from './chatInvites';
import {findPersonalData} from './personalData';

/**
 * Safety rules 2–5 of DESIGN.md applied to a Markdown syntax tree (mdast).
 * The same function runs in the validator (on a tree it parses) and in the
 * build (on the tree Docusaurus parsed, through the content-guard remark
 * plugin), so both report the same problems with the same words.
 */

/** Where a Markdown file lives, so relative links can be resolved. */
export type MarkdownContext = {
  /** Path relative to the site root, e.g. `docs/playbooks/rapid-response/x.md`. */
  file: string;
  /** Absolute path of the file's folder. */
  fileDir: string;
  /** Absolute path of the content root the file may link inside (e.g. the docs folder). */
  contentRoot: string;
};

const MDX_NODE_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Checks a Markdown tree against the safety rules.
 * @param tree - mdast root; positions must be those of the whole file (front matter included)
 * @param context - the file's place, for messages and relative links
 * @returns every problem found (never throws)
 */
export function checkMarkdownTree(tree: Root, context: MarkdownContext): Problem[] {
  const problems: Problem[] = [];
  const add = (node: Nodes, field: string, rule: string, message: string, fix: string, severity: Problem['severity'] = 'error', offset = 0) =>
    problems.push({severity, file: context.file, ...positionOf(node, offset), field, rule, message, fix});

  // A reference-style image (![x][ref]) takes its URL from a definition.
  const imageDefinitions = new Set<string>();
  const blocks: Nodes[] = [];
  visit(tree, 'imageReference', (node) => {
    imageDefinitions.add(node.identifier);
  });
  visit(tree, (node: Nodes, _index, parent) => {
    if (node.type === 'html') {
      add(node, 'body', 'raw-html', `Raw HTML is not allowed: ${JSON.stringify(node.value.slice(0, 60))}.`,
        'Remove the HTML and use plain Markdown (lists, emphasis, links). Write < as "less than" or put it in `code`.');
      return;
    }
    if (MDX_NODE_TYPES.has(node.type)) {
      add(node, 'body', 'mdx', 'MDX/JSX syntax is not allowed in contributed content.', 'Use plain Markdown; contributed files are data, never code.');
      return;
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const isImage = node.type === 'image' || (node.type === 'definition' && imageDefinitions.has(node.identifier));
      checkUrl(node, node.url, isImage ? 'image' : 'link');
      if (node.title) checkText(node, node.title, false);
    }
    // The text of an autolink is its URL, judged by the link rule above.
    const autolinkText = node.type === 'text' && parent?.type === 'link' && (node.value === parent.url || `mailto:${node.value}` === parent.url || `http://${node.value}` === parent.url || `https://${node.value}` === parent.url);
    if ((node.type === 'text' && !autolinkText) || node.type === 'inlineCode' || node.type === 'code') {
      checkText(node, node.value);
    }
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && node.attributes) {
      for (const value of Object.values(node.attributes)) if (typeof value === 'string') checkText(node, value, false);
    }
    // Numbers and addresses split by emphasis ("213-**555**-7788") only show in a block's whole text.
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(node);
    }
  });
  for (const block of blocks) checkBlock(block);
  return problems;

  function checkBlock(node: Nodes) {
    const already = new Set(problems.map((problem) => `${problem.rule} ${problem.message.replace(/^.*?"/, '')}`));
    const before = problems.length;
    checkText(node, toString(node, {includeImageAlt: true}), false);
    // Keep only what the node-by-node checks missed.
    const missed = problems.splice(before).filter((problem) => !already.has(`${problem.rule} ${problem.message.replace(/^.*?"/, '')}`));
    problems.push(...missed);
  }

  function checkUrl(node: Nodes, url: string, what: 'link' | 'image') {
    const field = what;
    const invite = findChatInvite(url);
    if (invite) {
      add(node, field, 'chat-invite', `${invite} invite links are not allowed: ${url}`, CHAT_INVITE_FIX);
      return;
    }
    if (url.startsWith('@site/')) {
      add(node, field, 'site-alias', `"${url}" reaches into the site's source with @site/.`, what === 'image'
        ? 'Put the image next to the Markdown file (or under static/img/) and use a relative path.'
        : 'Link to a published page (e.g. /directory) or a Markdown file by relative path.');
      return;
    }
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (what === 'image' && (scheme || url.startsWith('//'))) {
      add(node, field, 'remote-image', scheme === 'data' ? 'Images embedded as data: URLs are not allowed.' : `Images from other sites are not allowed: ${url}`, 'Save the image next to the Markdown file (PNG, JPEG, WebP or GIF, with its licence) and use a relative path, or remove it; remote images tell another host who is reading.');
      return;
    }
    if (url.startsWith('//')) {
      add(node, field, 'link-scheme', `"${url}" has no scheme (protocol-relative).`, 'Write the full https:// address.');
      return;
    }
    if (scheme === 'http') {
      add(node, field, 'insecure-link', `"${url}" is an http: link.`, 'Use the https:// address of the page.');
      return;
    }
    if (scheme === 'mailto' || scheme === 'tel' || scheme === 'sms') {
      add(node, field, 'contact-in-prose', `"${url}" puts contact details in prose.`, "Contacts belong in an organisation's channels; link to its directory page instead, e.g. /directory/<city>/<org>.");
      return;
    }
    if (scheme && scheme !== 'https') {
      add(node, field, 'link-scheme', `"${url}" uses the ${scheme}: scheme, which is not allowed.`, 'Use an https:// link or a site path.');
      return;
    }
    if (!scheme && !url.startsWith('#')) {
      let decoded: string;
      try {
        decoded = decodeURI(url.split(/[?#]/)[0]!);
      } catch {
        add(node, field, 'bad-url', `"${url}" is not a valid address (a stray % sign?).`, 'Write % as %25 in addresses, or remove the link.');
        return;
      }
      if (decoded.startsWith('/')) {
        if (decoded.split('/').includes('..')) add(node, field, 'path-escape', `"${url}" climbs out of the site with "..".`, 'Link to the page itself, e.g. /directory/chicago.');
        return;
      }
      const target = path.resolve(context.fileDir, decoded);
      const relative = path.relative(context.contentRoot, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        add(node, field, 'path-escape', `"${url}" points outside the content folder.`, 'Link only to pages of the site (e.g. /directory/chicago) or to Markdown files inside the same content folder.');
      }
    }
  }

  function checkText(node: Nodes, value: string, exact = true) {
    const invite = findChatInvite(value);
    if (invite) add(node, 'body', 'chat-invite', `The text contains a ${invite} invite link.`, CHAT_INVITE_FIX);
    for (const hit of findPersonalData(value).map((found) => (exact ? found : {...found, offset: 0}))) {
      if (hit.kind === 'phone') {
        add(node, 'body', 'phone-in-prose', `Phone number in prose: "${hit.text}".`, "Remove it. Publish numbers only as an organisation's channel in directory/<city>/<org>.yml and link to that page.", 'error', hit.offset);
      } else if (hit.kind === 'email') {
        add(node, 'body', 'email-in-prose', `E-mail address in prose: "${hit.text}".`, "Remove it. Publish addresses only as an organisation's email channel and link to its directory page.", 'error', hit.offset);
      } else {
        add(node, 'body', 'street-address', `This looks like a street address: "${hit.text}".`, 'Remove home and meeting addresses; name the neighbourhood instead. Keep it only if it is a public office that wants to be found.', 'warning', hit.offset);
      }
    }
  }
}

/**
 * Line and column of a character inside a text node. Exact for text and
 * inline code; in a fenced code block the offset counts from the fence line.
 */
function positionOf(node: Nodes, offset: number): {line: number; column: number} {
  const start = {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1};
  if (offset === 0 || !('value' in node) || typeof node.value !== 'string') return start;
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  return newlines === 0 ? {line: start.line, column: start.column + offset} : {line: start.line + newlines, column: offset - before.lastIndexOf('\n')};
}
