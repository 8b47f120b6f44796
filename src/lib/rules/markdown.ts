import path from 'node:path';
import type {Root, Nodes} from 'mdast';
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
      checkUrl(node, node.url, node.type === 'image' ? 'image' : 'link');
    }
    // Text inside a link (e.g. an autolinked URL or address) is judged by its link.
    if ((node.type === 'text' && parent?.type !== 'link') || node.type === 'inlineCode' || node.type === 'code') {
      checkText(node, node.value);
    }
  });
  return problems;

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
      add(node, field, 'remote-image', `Images from other sites are not allowed: ${url}`, 'Save the image under static/img/ (with its licence) and use a relative path, or remove it; remote images tell another host who is reading.');
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
    if (!scheme && !url.startsWith('/') && !url.startsWith('#')) {
      const target = path.resolve(context.fileDir, decodeURI(url.split(/[?#]/)[0]!));
      const relative = path.relative(context.contentRoot, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        add(node, field, 'path-escape', `"${url}" points outside the content folder.`, 'Link only to pages of the site (e.g. /directory/chicago) or to Markdown files inside the same content folder.');
      }
    }
  }

  function checkText(node: Nodes, value: string) {
    const invite = findChatInvite(value);
    if (invite) add(node, 'body', 'chat-invite', `The text contains a ${invite} invite link.`, CHAT_INVITE_FIX);
    for (const hit of findPersonalData(value)) {
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
