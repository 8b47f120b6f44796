import {html as parse5Html, parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import type {Problem} from '../problems';
import {cssUrls, lineLocator} from './cssUrls';
import {escapeJsonForScript} from './scriptSafeJson';
import {srcsetUrls} from './srcset';
import {checkUrl, type PageLocation, type UrlUse} from './urlPolicy';

/**
 * Reads one built HTML page the way a browser does (parse5 implements the
 * HTML Standard's tokenizer and tree construction, so markup hidden from a
 * lenient parser, such as a comment ended by `--!>`, is seen here exactly as
 * the browser sees it) and finds what could load or run something the site
 * did not write (DESIGN.md safety rule 6):
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
  'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
  'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2',
  'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript',
  'text/x-ecmascript', 'text/x-javascript',
]);

/** `<link rel>` values that fetch nothing when the page loads (the link is only a reference). */
const REFERENCE_RELS = new Set([
  'alternate', 'author', 'bookmark', 'canonical', 'external', 'help', 'license', 'me', 'next', 'nofollow', 'noopener',
  'noreferrer', 'opener', 'prev', 'privacy-policy', 'tag', 'terms-of-service',
]);
/** `<link rel>` values whose file is an image (so a data: address is allowed, like in `<img>`). */
const ICON_RELS = new Set(['icon', 'shortcut', 'apple-touch-icon', 'apple-touch-icon-precomposed', 'mask-icon']);

/** `<link rel>` values that only open a connection (no file is fetched). */
const CONNECT_RELS = new Set(['preconnect', 'dns-prefetch']);

/** Elements that embed another document or a plugin: the policy (`frame-src`, `object-src 'none'`) blocks them. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe']);

/** SVG elements that animate or set another attribute. */
const SVG_ANIMATIONS = new Set(['animate', 'set', 'animateMotion', 'animateTransform']);

/** Attributes holding one address, on any HTML element, and how they are used. */
const URL_ATTRIBUTES: Record<string, UrlUse> = {
  poster: 'image',
  background: 'image',
  manifest: 'resource',
  action: 'resource',
  formaction: 'resource',
};

/** The kind of script an element is, following the HTML Standard's "prepare the script element". */
function scriptKind(attribute: (name: string) => string | undefined): 'javascript' | 'json' | 'other' {
  const type = attribute('type');
  const language = attribute('language');
  let essence: string;
  if (type === undefined) {
    if (!language) return 'javascript';
    essence = `text/${language}`;
  } else if (type === '') {
    return 'javascript';
  } else {
    essence = type;
  }
  essence = essence.trim().toLowerCase();
  if (JAVASCRIPT_TYPES.has(essence) || essence === 'module') return 'javascript';
  // A data block: the browser runs nothing, but only JSON is expected here.
  const mime = essence.split(';')[0]!.trim();
  if (mime === 'application/json' || /^[a-z]+\/[a-z0-9.+-]+\+json$/.test(mime)) return 'json';
  return 'other';
}

/** `name="value"`, shortened for a report. */
function shown(name: string, value: string): string {
  const text = JSON.stringify(value);
  return `${name}=${text.length > 122 ? `${text.slice(0, 120)}…"` : text}`;
}

/** The text of an element's text children (a `<style>` or `<script>`). */
function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/** An element's source range in the whole page (fragments parsed from `<noscript>` are shifted by `shift`). */
function rangeOf(element: Element, shift: number): TextRange | null {
  const location = element.sourceCodeLocation;
  return location ? {start: location.startOffset + shift, end: location.endOffset + shift} : null;
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
  const plan: PagePlan = {length: html.length, headStart: null, bytesBeforeHead: 0, policyMetas: [], charset: null, jsonBlocks: []};
  const document = parse(html, {sourceCodeLocationInfo: true});

  // Depth-first, in document order, without recursion (a hostile page may nest deeply).
  const stack: {node: ChildNode; shift: number}[] = [];
  const pushChildren = (parent: ParentNode, shift: number) => {
    for (let index = parent.childNodes.length - 1; index >= 0; index -= 1) stack.push({node: parent.childNodes[index]!, shift});
  };
  pushChildren(document, 0);

  while (stack.length > 0) {
    const {node, shift} = stack.pop()!;
    if (!('tagName' in node)) continue;
    const element = node;
    const location = element.sourceCodeLocation;
    const elementOffset = (location?.startOffset ?? 0) + shift;
    const tag = element.tagName;
    const ns = element.namespaceURI;
    const attributes = new Map(element.attrs.map((attribute) => [attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name, attribute.value]));
    const attribute = (name: string) => attributes.get(name);
    const report = (finding: Omit<MarkupFinding, 'line' | 'column' | 'field'>, attributeName?: string) => {
      const attributeOffset = attributeName ? location?.attrs?.[attributeName]?.startOffset : undefined;
      findings.push({...locate(attributeOffset === undefined ? elementOffset : attributeOffset + shift), field: attributeName ? `<${tag} ${attributeName}>` : `<${tag}>`, ...finding});
    };
    const checkAddress = (attributeName: string, value: string, use: UrlUse) => {
      const problem = checkUrl(value, use, page);
      if (problem) report({rule: problem.rule, message: `${shown(attributeName, value)}: ${problem.message}`, fix: problem.fix}, attributeName);
    };

    // Event handler attributes run code, on any element in any namespace.
    for (const [name, value] of attributes) {
      if (/^on/i.test(name)) {
        report({rule: 'event-handler', message: `${shown(name, value)} is an event handler: inline code that runs when the event fires.`, fix: 'Remove the attribute; put behaviour in the site\'s own code (a component or a client module under src/).'}, name);
      }
    }

    if (ns === NS.HTML) {
      if (tag === 'base') {
        report({rule: 'base-element', message: `<base${attribute('href') === undefined ? '' : ` ${shown('href', attribute('href')!)}`}> changes where every relative link and file of the page points.`, fix: 'Remove the <base> element; Docusaurus builds every link from baseUrl in docusaurus.config.ts.'});
      } else if (tag === 'meta') {
        const httpEquiv = attribute('http-equiv')?.trim().toLowerCase();
        const range = rangeOf(element, shift);
        if (httpEquiv === 'refresh') {
          report({rule: 'meta-refresh', message: `<meta http-equiv="refresh"${attribute('content') === undefined ? '' : ` ${shown('content', attribute('content')!)}`}> reloads the page or sends the reader to another address without asking.`, fix: 'Remove it; to move a page, keep a normal page that links to the new address.'}, 'http-equiv');
        } else if (httpEquiv === 'content-security-policy' && range && shift === 0) {
          plan.policyMetas.push(range);
        } else if ((attribute('charset') !== undefined || httpEquiv === 'content-type') && range && !plan.charset && shift === 0) {
          plan.charset = {...range, text: html.slice(range.start, range.end)};
        }
      } else if (tag === 'head' && shift === 0 && location?.startTag && plan.headStart === null) {
        plan.headStart = location.startTag.endOffset;
        plan.bytesBeforeHead = Buffer.byteLength(html.slice(0, plan.headStart), 'utf8');
      } else if (EMBEDDING.has(tag)) {
        const source = attribute('src') ?? attribute('data') ?? attribute('srcdoc');
        report({rule: 'embedded-content', message: `<${tag}>${source === undefined ? '' : ` (${shown(attribute('src') !== undefined ? 'src' : attribute('data') !== undefined ? 'data' : 'srcdoc', source)})`} embeds another document or a plugin; the site's policy blocks every frame and plugin, and a frame from another site would learn who reads the page.`, fix: 'Remove it and link to the document instead.'});
      } else if (tag === 'link') {
        const rels = (attribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).filter(Boolean);
        const only = (allowed: (rel: string) => boolean) => rels.every(allowed);
        const use: UrlUse = only((rel) => REFERENCE_RELS.has(rel)) ? 'navigation'
          : only((rel) => CONNECT_RELS.has(rel)) ? 'connect'
          : only((rel) => ICON_RELS.has(rel) || REFERENCE_RELS.has(rel)) ? 'image'
          : 'resource';
        if (attribute('href') !== undefined) checkAddress('href', attribute('href')!, use);
        if (attribute('imagesrcset') !== undefined) for (const url of srcsetUrls(attribute('imagesrcset')!)) checkAddress('imagesrcset', url, 'image');
      } else if (tag === 'a' || tag === 'area') {
        if (attribute('href') !== undefined) checkAddress('href', attribute('href')!, 'navigation');
        for (const url of (attribute('ping') ?? '').split(/[\t\n\f\r ]+/).filter(Boolean)) checkAddress('ping', url, 'resource');
      } else if (tag === 'noscript') {
        // Without JavaScript the browser reads this as markup: scan it as such.
        const text = textOf(element);
        const textStart = element.childNodes[0]?.sourceCodeLocation?.startOffset;
        if (text && textStart !== undefined) {
          const fragment = parseFragment(text, {sourceCodeLocationInfo: true, scriptingEnabled: false});
          for (let index = fragment.childNodes.length - 1; index >= 0; index -= 1) stack.push({node: fragment.childNodes[index]!, shift: textStart + shift});
        }
      }
      if (tag !== 'script' && !EMBEDDING.has(tag)) {
        if (attribute('src') !== undefined) {
          const imageSource = tag === 'img' || tag === 'input' || (tag === 'source' && element.parentNode !== null && 'tagName' in element.parentNode && element.parentNode.tagName === 'picture');
          checkAddress('src', attribute('src')!, imageSource ? 'image' : 'resource');
        }
        if (attribute('srcset') !== undefined) for (const url of srcsetUrls(attribute('srcset')!)) checkAddress('srcset', url, 'image');
        for (const [name, use] of Object.entries(URL_ATTRIBUTES)) if (attribute(name) !== undefined) checkAddress(name, attribute(name)!, use);
      }
    } else if (ns === NS.SVG || ns === NS.MATHML) {
      if (ns === NS.SVG && SVG_ANIMATIONS.has(tag) && /^(xlink:)?href$/i.test(attribute('attributeName')?.trim() ?? '')) {
        report({rule: 'svg-animation', message: `<${tag} attributeName="${attribute('attributeName')}"> changes a link target after the page loads, which can turn it into a javascript: link.`, fix: 'Remove the animation; link targets must be written in the page.'}, 'attributeName');
      }
      if (tag !== 'script') {
        const use: UrlUse = tag === 'a' || ns === NS.MATHML ? 'navigation' : tag === 'image' || tag === 'feImage' ? 'image' : 'resource';
        for (const name of ['href', 'xlink:href']) if (attribute(name) !== undefined) checkAddress(name, attribute(name)!, use);
      }
    }

    if (attribute('style') !== undefined) {
      for (const found of cssUrls(attribute('style')!)) checkAddress('style', found.url, 'image');
    }
    if (tag === 'style') {
      for (const found of cssUrls(textOf(element))) checkAddress('style', found.url, found.imported ? 'resource' : 'image');
    }

    if (tag === 'script' && (ns === NS.HTML || ns === NS.SVG)) {
      const sourceName = ns === NS.HTML ? ['src'] : ['href', 'xlink:href'];
      const sourceAttribute = sourceName.find((name) => attribute(name) !== undefined);
      if (sourceAttribute) {
        checkAddress(sourceAttribute, attribute(sourceAttribute)!, 'script');
      } else {
        const text = textOf(element);
        const kind = scriptKind(attribute);
        const position = locate(elementOffset);
        if (kind === 'javascript') {
          inlineScripts.push({text, ...position});
        } else if (kind === 'other') {
          report({rule: 'script-type', message: `<script ${shown('type', attribute('type') ?? `text/${attribute('language')}`)}> is neither the site's JavaScript nor a JSON data block (import maps and speculation rules change what the page loads).`, fix: 'Remove it; data for the page belongs in a JSON data block (type="application/json") written by the site\'s code.'}, attribute('type') === undefined ? 'language' : 'type');
        } else {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          const contentStart = location?.startTag?.endOffset;
          const contentEnd = location?.endTag?.startOffset;
          if (!parses || contentStart === undefined || contentEnd === undefined) {
            report({rule: 'json-data-block', message: `The JSON data block (${shown('type', attribute('type') ?? '')}) is not valid JSON or is not closed: a value in it may have ended the element early and added markup after it. It starts with ${JSON.stringify(text.slice(0, 80))}.`, fix: 'Write the data with scriptSafeJson() (src/lib/security/scriptSafeJson.ts), e.g. through src/components/StructuredData, never with a bare JSON.stringify.'});
          } else if (shift === 0) {
            const raw = html.slice(contentStart, contentEnd);
            const escaped = escapeJsonForScript(raw);
            if (escaped !== raw) plan.jsonBlocks.push({start: contentStart, end: contentEnd, text: escaped});
          }
        }
      }
    }

    if (tag === 'template' && ns === NS.HTML) pushChildren((element as Template).content, shift);
    pushChildren(element, shift);
  }

  if (plan.headStart === null) {
    findings.push({line: 1, column: 1, field: '<head>', rule: 'csp-meta', message: 'The page has no <head> start tag, so the Content-Security-Policy cannot be put first in it.', fix: 'Build the page with Docusaurus (its template writes <head>); do not replace pages after the build.'});
  }
  if (plan.policyMetas.length !== 1) {
    findings.push({
      line: 1, column: 1, field: '<meta http-equiv="Content-Security-Policy">', rule: 'csp-meta',
      message: plan.policyMetas.length === 0 ? 'The page has no Content-Security-Policy meta tag.' : `The page has ${plan.policyMetas.length} Content-Security-Policy meta tags; the build writes exactly one.`,
      fix: 'Keep the one headTags entry of docusaurus.config.ts (http-equiv Content-Security-Policy); no plugin or component may add another.',
    });
  }
  if (!plan.charset) {
    findings.push({line: 1, column: 1, field: '<meta charset>', rule: 'charset', message: 'The page declares no character encoding.', fix: 'Build the page with Docusaurus (its template writes <meta charset="UTF-8">).'});
  }
  return {findings, inlineScripts, plan};
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
  return plan.bytesBeforeHead + Buffer.byteLength(metaTag, 'utf8') + Buffer.byteLength(plan.charset.text, 'utf8');
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
  if (html.length !== plan.length) throw new Error('rewritePage: the page changed since it was scanned.');
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
