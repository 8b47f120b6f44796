// pathe: node:path's API, also in the browser (the /contribute form runs these rules).
import path from 'pathe';
import type {Root, Nodes} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {lineLocator, type LineColumn} from '../lineLocator';
import {makeProblem, type CodedText, type Problem, type ProblemPlace} from '../problems';
import {findChatInvite, findChatInvites} from './chatInvites';
import type {PersonalDataHit} from './personalData';
import {
  describeHiddenCharacters,
  findPersonalDataOutsideAddresses,
  findWebAddressFlaws,
} from './textRules';
import {deceptiveLinkText} from './hostInText';
import {checkWebAddress, quoteUrl} from './webAddress';
import type {RuleId} from '../checks/ruleIds';

/**
 * Safety rules 2–5 of DESIGN.md applied to a Markdown syntax tree (mdast).
 * The same function runs in the validator (on a tree it parses) and in the
 * build (on the tree Docusaurus parsed, through the content-guard remark
 * plugin), so both report the same problems with the same words.
 *
 * Every string of every node is read: text, link and image addresses,
 * titles and alternative text, headings and table cells, inline and fenced
 * code, directive attributes. Phones, e-mail addresses, invites and web
 * addresses are found in the normalised text (normalizeText.ts); invisible
 * and direction-changing characters are refused (hiddenCharacters.ts).
 * Problems are placed at the line and column of what was found in the
 * original file. The whole check runs in time linear in the file's length.
 */

/** Where a Markdown file lives, so relative links can be resolved. */
export type MarkdownContext = {
  /** Path relative to the site root, e.g. `docs/playbooks/rapid-response/x.md`. */
  file: string;
  /** Absolute path of the file's folder. */
  fileDir: string;
  /** Absolute path of the content root the file may link inside (e.g. the docs folder). */
  contentRoot: string;
  /**
   * The text the tree was parsed from, when known. With it, problems inside
   * code, link titles or text with escapes and character references are
   * placed at their exact column; without it, at the node's start (plain text: exact).
   */
  source?: string;
};

const MDX_NODE_TYPES = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Checks a Markdown tree against the safety rules.
 * @param tree - mdast root; positions must be those of the whole file (front matter included)
 * @param context - the file's place, for messages and relative links
 * @returns every problem found (never throws)
 */
export function checkMarkdownTree(tree: Root, context: MarkdownContext): Problem[] {
  const problems: Problem[] = [];
  const locator = createLocator(context.source);
  // A paragraph of one text node has that node's text: read it once (libphonenumber is linear but not cheap).
  const personalDataCache = new Map<string, PersonalDataHit[]>();
  const personalData = (text: string) => {
    let hits = personalDataCache.get(text);
    if (!hits)
      personalDataCache.set(
        text,
        (hits = findPersonalDataOutsideAddresses(text, findWebAddressFlaws(text))),
      );
    return hits;
  };
  // Problems already reported, so the whole-block pass below adds only what the node-by-node pass missed.
  const reported = new Set<string>();
  // Where invites were reported node by node, to tell whether a block's invite is one of them.
  const invitePlaces: {line: number; column: number}[] = [];
  // Every problem has a catalogue code (checks/problemTexts.ts), so readers get it in their language; `at` places
  // it inside one of the node's strings.
  const addCoded = <R extends RuleId>(
    node: Nodes,
    field: string,
    rule: R,
    text: CodedText<R>,
    at?: Spot,
  ) => report(makeProblem({file: context.file, ...locator.place(node, at)}, field, rule, text));
  const report = (problem: Problem) => {
    const {rule, message} = problem;
    if (rule === 'invisible-character') {
      // A reference label repeats its text: one problem per character of the file.
      const key = `${problem.line}:${problem.column}:${message}`;
      if (reported.has(key)) return;
      reported.add(key);
    }
    reported.add(blockKey(problem));
    if (rule === 'chat-invite') invitePlaces.push(problem);
    problems.push(problem);
  };

  // A reference-style image (![x][ref]) takes its URL from a definition; so does a reference-style link.
  const imageDefinitions = new Set<string>();
  const definitions = new Map<string, string>();
  const blocks: Nodes[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'imageReference') imageDefinitions.add(node.identifier);
    if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url);
  });
  visit(tree, (node: Nodes, _index, parent) => {
    checkHiddenCharacters(node);
    if (node.type === 'html') {
      addCoded(node, 'body', 'raw-html', {
        code: 'raw-html.found',
        values: {html: JSON.stringify(node.value.slice(0, 60))},
      });
      return;
    }
    if (MDX_NODE_TYPES.has(node.type)) {
      addCoded(node, 'body', 'mdx', {code: 'mdx.syntax', values: {}});
      return;
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const isImage =
        node.type === 'image' ||
        (node.type === 'definition' && imageDefinitions.has(node.identifier));
      checkUrl(node, node.url, isImage ? 'image' : 'link');
      if (node.title) checkText(node, 'title', node.title);
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      const shown = url === undefined ? null : deceptiveLinkText(toString(node), url);
      if (shown) {
        addCoded(node, 'link', 'link-text-host', {code: 'link-text-host.link', values: shown});
      }
    }
    if (node.type === 'image' && node.alt) checkText(node, 'alt', node.alt);
    // The text of an autolink is its URL, judged by the link rule above.
    const autolinkText =
      node.type === 'text' &&
      parent?.type === 'link' &&
      (node.value === parent.url ||
        `mailto:${node.value}` === parent.url ||
        `http://${node.value}` === parent.url ||
        `https://${node.value}` === parent.url);
    if (
      (node.type === 'text' && !autolinkText) ||
      node.type === 'inlineCode' ||
      node.type === 'code'
    ) {
      checkText(node, 'value', node.value);
    }
    // A fence's info string is published too: Docusaurus shows its title="…" above the block (attack review 2,
    // A2), and a language it does not know is written into the page. The whole info string is read as prose, so a
    // number or an invite in any attribute, or split between the language and the rest, is found.
    if (node.type === 'code' && (node.lang || node.meta)) {
      checkText(node, 'info', [node.lang, node.meta].filter(Boolean).join(' '));
    }
    if (
      (node.type === 'containerDirective' ||
        node.type === 'leafDirective' ||
        node.type === 'textDirective') &&
      node.attributes
    ) {
      for (const [name, value] of Object.entries(node.attributes))
        if (typeof value === 'string') checkText(node, `attributes.${name}`, value);
    }
    // Numbers and addresses split by emphasis ("213-**555**-7788") only show in a block's whole text.
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(node);
    }
  });
  invitePlaces.sort(comparePlaces);
  for (const block of blocks) checkBlock(block);
  return problems;

  /** Whether an invite was already reported inside a node (its link, or a text node of the block). */
  function hasInviteInside(node: Nodes): boolean {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end) return false;
    let low = 0;
    let high = invitePlaces.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (comparePlaces(invitePlaces[middle]!, start) < 0) low = middle + 1;
      else high = middle;
    }
    return low < invitePlaces.length && comparePlaces(invitePlaces[low]!, end) <= 0;
  }

  function checkBlock(node: Nodes) {
    const found: Problem[] = [];
    const text = toString(node, {includeImageAlt: true});
    // Found in the joined text of the block, placed at the block's start.
    if (!hasInviteInside(node)) {
      for (const invite of findChatInvites(text, 1))
        found.push(
          makeProblem({file: context.file, ...locator.place(node)}, 'body', 'chat-invite', {
            code: 'chat-invite.text',
            values: {service: invite.service},
          }),
        );
    }
    for (const hit of personalData(text))
      found.push(personalDataProblem(hit, {file: context.file, ...locator.place(node)}));
    // Keep only what the node-by-node checks missed.
    for (const problem of found) {
      const key = blockKey(problem);
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push(problem);
    }
  }

  function checkHiddenCharacters(node: Nodes) {
    // Front matter is YAML, checked string by string with its own positions (checkAllStrings).
    if (node.type === 'yaml') return;
    for (const [field, value] of Object.entries(node)) {
      if (field === 'type' || field === 'identifier') continue;
      if (typeof value === 'string') {
        for (const hidden of describeHiddenCharacters(value)) {
          addCoded(
            node,
            fieldName(node, field),
            hidden.rule,
            {code: hidden.code, values: hidden.values},
            {field, value, offset: hidden.offset},
          );
        }
      } else if (field === 'attributes' && value && typeof value === 'object') {
        for (const [name, attribute] of Object.entries(value as Record<string, unknown>)) {
          if (typeof attribute !== 'string') continue;
          for (const hidden of describeHiddenCharacters(attribute)) {
            addCoded(
              node,
              'body',
              hidden.rule,
              {code: hidden.code, values: hidden.values},
              {field: `attributes.${name}`, value: attribute, offset: hidden.offset},
            );
          }
        }
      }
    }
  }

  function checkUrl(node: Nodes, url: string, what: 'link' | 'image') {
    const field = what;
    const invite = findChatInvite(url);
    if (invite) {
      addCoded(node, field, 'chat-invite', {
        code: 'chat-invite.link',
        values: {service: invite, url: quoteUrl(url)},
      });
      return;
    }
    if (url.startsWith('@site/')) {
      addCoded(node, field, 'site-alias', {
        code: what === 'image' ? 'site-alias.image' : 'site-alias.link',
        values: {url},
      });
      return;
    }
    // Browsers drop tabs and line breaks from an address, and control characters and spaces before it, and read a
    // backslash as a slash: /\\evil.example is //evil.example, "java&#9;script:" is javascript:.
    const asBrowsed = url
      .replace(/[\t\n\r]/g, '')
      .replace(/^[\u0000-\u0020]+/, '')
      .replace(/\\/g, '/');
    const scheme = (SCHEME.exec(url) ?? SCHEME.exec(asBrowsed))?.[1]?.toLowerCase();
    if (!scheme && asBrowsed.startsWith('//') && !url.startsWith('//')) {
      addCoded(node, field, 'link-scheme', {
        code: 'link-scheme.none',
        values: {url: quoteUrl(url)},
      });
      return;
    }
    if (scheme || url.startsWith('//')) {
      // Where the address really leads: the host after a user name, a look-alike host, a shortener.
      const flaw = checkWebAddress(scheme ? url : `https:${url}`);
      if (flaw) {
        addCoded(node, field, flaw.rule, {code: flaw.code, values: flaw.values});
        return;
      }
    }
    if (what === 'image' && (scheme || url.startsWith('//'))) {
      addCoded(
        node,
        field,
        'remote-image',
        scheme === 'data'
          ? {code: 'remote-image.data', values: {}}
          : {code: 'remote-image.remote', values: {url: quoteUrl(url)}},
      );
      return;
    }
    if (url.startsWith('//')) {
      addCoded(node, field, 'link-scheme', {
        code: 'link-scheme.none',
        values: {url: quoteUrl(url)},
      });
      return;
    }
    if (scheme === 'http') {
      addCoded(node, field, 'insecure-link', {
        code: 'insecure-link.http',
        values: {url: quoteUrl(url)},
      });
      return;
    }
    if (scheme === 'mailto' || scheme === 'tel' || scheme === 'sms') {
      addCoded(node, field, 'contact-in-prose', {
        code: 'contact-in-prose.link',
        values: {url: quoteUrl(url)},
      });
      return;
    }
    if (scheme && scheme !== 'https') {
      addCoded(node, field, 'link-scheme', {
        code: 'link-scheme.refused',
        values: {url: quoteUrl(url), scheme},
      });
      return;
    }
    // The build decodes every part of a link to this site (Docusaurus's broken-link check decodes the
    // fragment with decodeURIComponent): a malformed escape anywhere would stop it with a stack trace.
    if (!scheme && !localUrlDecodes(url)) {
      addCoded(node, field, 'bad-url', {code: 'bad-url.invalid', values: {url: quoteUrl(url)}});
      return;
    }
    if (!scheme && !url.startsWith('#')) {
      const decoded = decodeURI(url.split(/[?#]/)[0]!);
      if (decoded.startsWith('/')) {
        if (decoded.split('/').includes('..'))
          addCoded(node, field, 'path-escape', {
            code: 'path-escape.site',
            values: {url: quoteUrl(url)},
          });
        return;
      }
      const target = path.resolve(context.fileDir, decoded);
      const relative = path.relative(context.contentRoot, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        addCoded(node, field, 'path-escape', {
          code: 'path-escape.content',
          values: {url: quoteUrl(url)},
        });
      }
    }
  }

  /** Invites, web addresses and personal data in one string of a node. */
  function checkText(node: Nodes, field: string, value: string) {
    for (const invite of findChatInvites(value)) {
      addCoded(
        node,
        'body',
        'chat-invite',
        {code: 'chat-invite.text', values: {service: invite.service}},
        {field, value, offset: invite.offset},
      );
    }
    for (const flaw of findWebAddressFlaws(value)) {
      addCoded(
        node,
        'body',
        flaw.rule,
        {code: flaw.code, values: flaw.values},
        {field, value, offset: flaw.offset},
      );
    }
    // (Personal data skips the user name and host of an address reported above.)
    for (const hit of personalData(value)) {
      report(
        personalDataProblem(hit, {
          file: context.file,
          ...locator.place(node, {field, value, offset: hit.offset}),
        }),
      );
    }
  }
}

// The link-text rule is shared with channel labels (hostInText.ts); re-exported for existing callers.
export {deceptiveLinkText};

/** The problem of a piece of personal data found in prose (a street address is a warning). */
function personalDataProblem(hit: PersonalDataHit, place: ProblemPlace): Problem {
  const values = {text: hit.text};
  if (hit.kind === 'phone')
    return makeProblem(place, 'body', 'phone-in-prose', {code: 'phone-in-prose.prose', values});
  if (hit.kind === 'email')
    return makeProblem(place, 'body', 'email-in-prose', {code: 'email-in-prose.prose', values});
  return makeProblem(
    place,
    'body',
    'street-address',
    {code: 'street-address.found', values},
    'warning',
  );
}

function comparePlaces(
  a: {line: number; column: number},
  b: {line: number; column: number},
): number {
  return a.line - b.line || a.column - b.column;
}

/** What a problem found in a block's whole text is compared by: its rule and what it quotes. */
function blockKey(problem: Problem): string {
  return `${problem.rule} ${problem.message.replace(/^[^"]*"/, '')}`;
}

/** The field name shown for a hidden character in one of a node's strings. */
function fieldName(node: Nodes, field: string): string {
  if (node.type === 'link' || node.type === 'definition')
    return field === 'url' ? 'link' : field === 'title' ? 'link title' : 'body';
  if (node.type === 'image')
    return field === 'url'
      ? 'image'
      : field === 'alt'
        ? 'image alt'
        : field === 'title'
          ? 'image title'
          : 'body';
  return 'body';
}

/** A character inside one string field of a node: the field, its value and the offset in it. */
type Spot = {field: string; value: string; offset: number};

/**
 * Turns a place in a node into a line and column of the file. With the
 * source, a string of the node is aligned with the node's source text, so
 * escapes, character references, code fences and block quote markers are
 * stepped over; without it, offsets count from the node's start (exact for
 * plain text).
 */
function createLocator(source: string | undefined) {
  let fromOffset: ((offset: number) => LineColumn) | undefined;
  const alignments = new WeakMap<object, Map<string, Int32Array>>();

  function place(node: Nodes, at?: Spot): {line: number; column: number} {
    const start = {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1};
    if (!at) return start;
    const startOffset = node.position?.start.offset;
    const endOffset = node.position?.end.offset;
    if (
      source !== undefined &&
      startOffset !== undefined &&
      endOffset !== undefined &&
      endOffset <= source.length
    ) {
      const sourceOffset = locateInSource(node, at, startOffset, endOffset);
      if (sourceOffset === undefined) return start;
      fromOffset ??= lineLocator(source);
      return fromOffset(sourceOffset);
    }
    if (at.field !== 'value' || at.offset === 0) return start;
    // No source: count lines and columns inside the value from the node's start.
    const before = at.value.slice(0, at.offset);
    const newline = before.lastIndexOf('\n');
    if (newline < 0) return {line: start.line, column: start.column + at.offset};
    let lines = 0;
    for (let index = before.indexOf('\n'); index >= 0; index = before.indexOf('\n', index + 1))
      lines += 1;
    return {line: start.line + lines, column: at.offset - newline};
  }

  function locateInSource(
    node: Nodes,
    at: Spot,
    startOffset: number,
    endOffset: number,
  ): number | undefined {
    const slice = source!.slice(startOffset, endOffset);
    if (at.field === 'value') {
      let byField = alignments.get(node);
      if (!byField) alignments.set(node, (byField = new Map()));
      let alignment = byField.get(at.field);
      if (!alignment)
        byField.set(
          at.field,
          (alignment = align(at.value, slice, node.type === 'code' ? afterFence(slice) : 0)),
        );
      return startOffset + (alignment[at.offset] ?? 0);
    }
    // Other strings (address, title, alternative text, attributes) are usually written as they are.
    const index = slice.indexOf(at.value);
    return index >= 0 ? startOffset + index + at.offset : undefined;
  }

  return {place};
}

/** Where the content of a fenced code block starts in its source (after the opening fence line). */
function afterFence(slice: string): number {
  return /^[ \t>]*(```|~~~)/.test(slice) ? slice.indexOf('\n') + 1 : 0;
}

/** Most source characters stepped over (an escape, a character reference, a line prefix) before a value character. */
const MOST_SKIPPED = 16;

/**
 * Maps each character of a node's value to its offset in the node's source
 * text, matching them in order and stepping over at most MOST_SKIPPED
 * source characters at a time (linear). A value character not found nearby
 * (written as a character reference) maps to where the reference starts.
 */
function align(value: string, slice: string, from: number): Int32Array {
  const map = new Int32Array(value.length + 1);
  let position = from;
  for (let index = 0; index < value.length; index += 1) {
    const limit = Math.min(slice.length, position + MOST_SKIPPED);
    let probe = position;
    while (probe < limit && slice[probe] !== value[index]) probe += 1;
    if (probe < limit) {
      map[index] = probe;
      position = probe + 1;
    } else {
      map[index] = position;
    }
  }
  map[value.length] = position;
  return map;
}

/**
 * Whether each part of a link without a scheme decodes: the path as `decodeURI` reads it, the query
 * and the fragment as `decodeURIComponent` does (RFC 3986 section 2.1: `%` starts two hex digits
 * of UTF-8).
 * @param url - the link as written
 */
function localUrlDecodes(url: string): boolean {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const parts = [
    {text: question === -1 ? beforeHash : beforeHash.slice(0, question), decode: decodeURI},
    {text: question === -1 ? '' : beforeHash.slice(question + 1), decode: decodeURIComponent},
    {text: hash === -1 ? '' : url.slice(hash + 1), decode: decodeURIComponent},
  ];
  return parts.every(({text, decode}) => {
    try {
      decode(text);
      return true;
    } catch {
      return false;
    }
  });
}
