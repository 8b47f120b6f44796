import {html as parse5Html, parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {makeProblem, type Problem} from '../problems';
import {lineLocator} from '../lineLocator';
import {checkElement, shown, type ElementView, type RuleFinding} from './elementRules';
import {escapeJsonForScript} from './scriptSafeJson';
import type {PageLocation} from './urlPolicy';

/**
 * Reads one built HTML page the way a browser does (parse5 implements the
 * HTML Standard's tokenizer and tree construction, so markup hidden from a
 * lenient parser, such as a comment ended by `--!>`, is seen here exactly as
 * the browser sees it) and finds what could load or run something the site
 * did not write (DESIGN.md safety rule 6; per-element rules in elementRules.ts):
 * - scripts: a `<script src>` that is not one of the site's bundles; inline
 *   scripts (returned, so the build can allow exactly the theme's one); a
 *   script of a type that is neither JavaScript nor a JSON data block (import
 *   maps and speculation rules change what loads); a JSON data block that
 *   does not parse (a value closed it early);
 * - `<meta http-equiv=refresh>`, `<base>`, frames and plugins (`iframe`,
 *   `object`, `embed` …: the policy blocks them all), event handler attributes
 *   (`onclick` …), SVG animations of a link target;
 * - every address the page makes the browser fetch, in `src`, `srcset`,
 *   `imagesrcset`, `poster`, `background`, `manifest`, `action`,
 *   `formaction`, `ping`, `href`/`xlink:href` of resources (`<link>` other
 *   than plain relations such as canonical or alternate, SVG `use`, `image`
 *   …), `style` attributes and `<style>` elements: see urlPolicy.ts.
 * `<noscript>` content is also read as markup, as a browser without
 * JavaScript (Tor Browser "Safest") reads it.
 *
 * It also plans the page's rewrite: the Content-Security-Policy meta tag
 * first in `<head>` (a meta policy only governs what comes after it), the
 * charset declaration right after it, and `<`, `>`, `&` escaped in JSON data
 * blocks (see scriptSafeJson.ts).
 */

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Template = DefaultTreeAdapterMap['template'];

const NS = parse5Html.NS;

/** A problem found in a page, without the file (the caller knows it). */
export type MarkupFinding = Omit<Problem, 'file' | 'severity'>;

/** An executable inline script, with its text exactly as the browser hashes it for CSP. */
export type InlineScript = {text: string; line: number; column: number};

/** A range of the page's text: UTF-16 offsets, end excluded. */
export type TextRange = {start: number; end: number};

/** How to rewrite the page once the policy is known (offsets into the text that was scanned). */
export type PagePlan = {
  /** Length of the scanned text, to make sure the plan is applied to the same text. */
  length: number;
  /** Offset just after the `<head>` start tag; null when the page has no `<head>` tag. */
  headStart: number | null;
  /** UTF-8 bytes before `headStart`. */
  bytesBeforeHead: number;
  /** Every Content-Security-Policy meta tag (one is expected), removed and replaced by one at `headStart`. */
  policyMetas: TextRange[];
  /** The charset declaration, moved right after the policy; null when the page has none. */
  charset: (TextRange & {text: string}) | null;
  /** JSON data blocks whose text changes when escaped: range of the text and its replacement. */
  jsonBlocks: (TextRange & {text: string})[];
};

/** What a page holds and how to rewrite it. */
export type PageScan = {findings: MarkupFinding[]; inlineScripts: InlineScript[]; plan: PagePlan};

/** JavaScript MIME type essences (HTML Standard, "JavaScript MIME type"). */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * The kind of an inline script, following the HTML Standard's "prepare the script element":
 * JavaScript (classic or module) runs; any other type is a data block, of which only JSON is expected.
 */
function scriptKind(
  attribute: (name: string) => string | undefined,
): 'javascript' | 'json' | 'other' {
  const type = attribute('type');
  const language = attribute('language');
  if (type === '' || (type === undefined && !language)) return 'javascript';
  const essence = (type ?? `text/${language}`).trim().toLowerCase();
  if (JAVASCRIPT_TYPES.has(essence) || essence === 'module') return 'javascript';
  const mime = essence.split(';')[0]!.trim();
  return mime === 'application/json' || /^[a-z]+\/[a-z0-9.+-]+\+json$/.test(mime)
    ? 'json'
    : 'other';
}

/** Whether a JSON text parses. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The text of an element's text children (a `<style>`, `<script>` or `<noscript>`). */
function textOf(element: Element): string {
  return element.childNodes
    .map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : ''))
    .join('');
}

const NAMESPACES: Record<string, ElementView['namespace']> = {
  [NS.HTML]: 'html',
  [NS.SVG]: 'svg',
  [NS.MATHML]: 'mathml',
};

/**
 * A rule's finding at a place of the page, its English texts written from the catalogue (checks/texts/workflow.ts).
 * @param at - the 1-based line and column
 * @param field - the element or attribute at fault, e.g. `<script type>`
 * @param finding - the rule, its code and values
 */
function markupFinding(
  at: {line: number; column: number},
  field: string,
  finding: RuleFinding,
): MarkupFinding {
  const {line, column, rule, message, fix, code, values} = makeProblem(
    {file: '', ...at},
    field,
    finding.rule,
    finding,
  );
  return {line, column, field, rule, message, fix, code, values};
}

/** Findings about the page as a whole: its policy tag and charset. */
function pageFindings(plan: PagePlan): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const add = (field: string, finding: RuleFinding) =>
    findings.push(markupFinding({line: 1, column: 1}, field, finding));
  if (plan.headStart === null)
    add('<head>', {rule: 'csp-meta', code: 'csp-meta.no-head', values: {}});
  const policies = plan.policyMetas.length;
  if (policies !== 1) {
    add(
      '<meta http-equiv="Content-Security-Policy">',
      policies
        ? {rule: 'csp-meta', code: 'csp-meta.several', values: {count: policies}}
        : {rule: 'csp-meta', code: 'csp-meta.none', values: {}},
    );
  }
  if (!plan.charset) add('<meta charset>', {rule: 'charset', code: 'charset.none', values: {}});
  return findings;
}

/** An attribute's name as written: foreign attributes keep their prefix (`xlink:href`). */
const attributeName = (item: {name: string; prefix?: string}) =>
  item.prefix ? `${item.prefix}:${item.name}` : item.name;

/** One element being visited, with what the visit needs. */
type Visit = {
  element: Element;
  attribute: (name: string) => string | undefined;
  /** Offset of the element's markup in the page (non-zero inside a `<noscript>`, parsed on its own). */
  shift: number;
  report: (finding: RuleFinding, attribute?: string) => void;
};

/** Records the `<head>` tag, the policy tags and the charset declaration of the page's own markup. */
function planHead({element, attribute}: Visit, html: string, plan: PagePlan): void {
  const location = element.sourceCodeLocation;
  if (!location) return;
  if (element.tagName === 'head' && location.startTag && plan.headStart === null) {
    plan.headStart = location.startTag.endOffset;
    plan.bytesBeforeHead = Buffer.byteLength(html.slice(0, plan.headStart), 'utf8');
  } else if (element.tagName === 'meta') {
    const range = {start: location.startOffset, end: location.endOffset};
    const httpEquiv = attribute('http-equiv')?.trim().toLowerCase();
    if (httpEquiv === 'content-security-policy') plan.policyMetas.push(range);
    else if (
      (attribute('charset') !== undefined || httpEquiv === 'content-type') &&
      !plan.charset
    ) {
      plan.charset = {...range, text: html.slice(range.start, range.end)};
    }
  }
}

/** Turns an offset into a line and column. */
type Locate = ReturnType<typeof lineLocator>;

/**
 * Sorts an inline script: JavaScript is collected (for the one-script rule),
 * a JSON data block is checked and its escaping planned, anything else is refused.
 */
function visitInlineScript(
  visit: Visit,
  html: string,
  plan: PagePlan,
  scripts: InlineScript[],
  locate: Locate,
): void {
  const {element, attribute, shift, report} = visit;
  const location = element.sourceCodeLocation;
  const text = textOf(element);
  const kind = scriptKind(attribute);
  if (kind === 'javascript') {
    scripts.push({text, ...locate((location?.startOffset ?? 0) + shift)});
    return;
  }
  if (kind === 'other') {
    const name = attribute('type') === undefined ? 'language' : 'type';
    const values = {attribute: shown(name, attribute(name)!)};
    report({rule: 'script-type', code: 'script-type.other', values}, name);
    return;
  }
  const contentStart = location?.startTag?.endOffset;
  const contentEnd = location?.endTag?.startOffset;
  if (!isJson(text) || contentStart === undefined || contentEnd === undefined) {
    const values = {start: JSON.stringify(text.slice(0, 80))};
    report({rule: 'json-data-block', code: 'json-data-block.invalid', values});
  } else if (shift === 0) {
    const raw = html.slice(contentStart, contentEnd);
    const escaped = escapeJsonForScript(raw);
    if (escaped !== raw)
      plan.jsonBlocks.push({start: contentStart, end: contentEnd, text: escaped});
  }
}

/**
 * Scans one built page.
 * @param html - the page's text
 * @param page - the page's address on the site and the script bundles' path (see urlPolicy.ts)
 * @returns findings (with 1-based line and column), the executable inline scripts, and the rewrite plan
 */
export function scanBuiltPage(html: string, page: PageLocation): PageScan {
  const locate = lineLocator(html);
  const findings: MarkupFinding[] = [];
  const inlineScripts: InlineScript[] = [];
  const plan: PagePlan = {
    length: html.length,
    headStart: null,
    bytesBeforeHead: 0,
    policyMetas: [],
    charset: null,
    jsonBlocks: [],
  };

  // Depth-first, in document order, without recursion (a hostile page may nest deeply).
  const stack: {node: ChildNode; shift: number}[] = [];
  const pushChildren = (parent: ParentNode, shift: number) => {
    for (let index = parent.childNodes.length - 1; index >= 0; index -= 1) {
      stack.push({node: parent.childNodes[index]!, shift});
    }
  };
  pushChildren(parse(html, {sourceCodeLocationInfo: true}), 0);

  while (stack.length > 0) {
    const {node: element, shift} = stack.pop()!;
    if (!('tagName' in element)) continue;
    const namespace = NAMESPACES[element.namespaceURI];
    const tag = element.tagName;
    const location = element.sourceCodeLocation;
    const attributes = new Map(element.attrs.map((item) => [attributeName(item), item.value]));
    const attribute = (name: string) => attributes.get(name);
    const report = (finding: RuleFinding, name?: string) => {
      const offset =
        (name ? location?.attrs?.[name]?.startOffset : undefined) ?? location?.startOffset ?? 0;
      findings.push(
        markupFinding(locate(offset + shift), name ? `<${tag} ${name}>` : `<${tag}>`, finding),
      );
    };
    const visit: Visit = {element, attribute, shift, report};
    const parentTag =
      element.parentNode && 'tagName' in element.parentNode ? element.parentNode.tagName : null;
    if (namespace) {
      checkElement(
        {tag, namespace, attributes, parentTag, text: () => textOf(element)},
        page,
        report,
      );
    }

    if (namespace === 'html' && shift === 0) planHead(visit, html, plan);
    if (namespace === 'html' && tag === 'noscript') {
      // Without JavaScript (Tor Browser "Safest") the browser reads this as markup: scan it as such.
      const textStart = element.childNodes[0]?.sourceCodeLocation?.startOffset;
      const fragment = () =>
        parseFragment(textOf(element), {sourceCodeLocationInfo: true, scriptingEnabled: false});
      if (textStart !== undefined) pushChildren(fragment(), textStart + shift);
    }
    if (namespace === 'html' && tag === 'template')
      pushChildren((element as Template).content, shift);
    const source = namespace === 'html' ? ['src'] : ['href', 'xlink:href'];
    const inline = !source.some((name) => attributes.has(name));
    if (tag === 'script' && (namespace === 'html' || namespace === 'svg') && inline) {
      visitInlineScript(visit, html, plan, inlineScripts, locate);
    }
    pushChildren(element, shift);
  }
  return {findings: [...findings, ...pageFindings(plan)], inlineScripts, plan};
}

/**
 * The Content-Security-Policy meta tag.
 * @param policy - the meta form of the policy (see contentSecurityPolicy.ts)
 */
export function policyMetaTag(policy: string): string {
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta http-equiv="Content-Security-Policy" content="${escaped}">`;
}

/**
 * Where the charset declaration ends after the rewrite, in UTF-8 bytes from the start of the page.
 * The HTML Standard requires the whole declaration within the first 1024 bytes.
 * @param plan - the page's plan
 * @param metaTag - the policy meta tag (see policyMetaTag)
 * @returns the byte offset, or null when the page has no `<head>` tag or no charset declaration
 */
export function charsetEndByte(plan: PagePlan, metaTag: string): number | null {
  if (plan.headStart === null || !plan.charset) return null;
  return (
    plan.bytesBeforeHead +
    Buffer.byteLength(metaTag, 'utf8') +
    Buffer.byteLength(plan.charset.text, 'utf8')
  );
}

/**
 * Applies a plan: the policy meta tag first in `<head>`, then the charset
 * declaration, every other policy tag removed, JSON data blocks escaped.
 * Everything else stays byte for byte (the theme script's hash depends on it).
 * @param html - the same text the plan was made from
 * @param plan - from scanBuiltPage
 * @param metaTag - from policyMetaTag
 * @throws Error when the text is not the one scanned (a programming error), or the page has no `<head>` tag
 */
export function rewritePage(html: string, plan: PagePlan, metaTag: string): string {
  if (html.length !== plan.length)
    throw new Error('rewritePage: the page changed since it was scanned.');
  if (plan.headStart === null) throw new Error('rewritePage: the page has no <head> tag.');
  const edits: (TextRange & {text: string})[] = [
    {start: plan.headStart, end: plan.headStart, text: metaTag + (plan.charset?.text ?? '')},
    ...plan.policyMetas.map((range) => ({...range, text: ''})),
    ...(plan.charset ? [{start: plan.charset.start, end: plan.charset.end, text: ''}] : []),
    ...plan.jsonBlocks,
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  for (const edit of edits) {
    output += html.slice(cursor, edit.start) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  return output + html.slice(cursor);
}
