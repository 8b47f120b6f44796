import {cssUrls} from './cssUrls';
import {srcsetUrls} from './srcset';
import {checkUrl, type PageLocation, type UrlUse} from './urlPolicy';
import type {RuleId} from '../checks/ruleIds';
import type {ProblemCode, ProblemValues} from '../checks/problemTexts';
import {codedFinding} from '../rules/codedFinding';

/**
 * The rules for one element of a built page (see builtPage.ts, which walks
 * the page and handles inline scripts and the policy tag): what an element
 * may load, link to or run. Every rule has a stable id, says why and how to
 * fix it in the source.
 */

/** One element as the rules see it: names lower case (SVG names keep their case, e.g. `feImage`). */
export type ElementView = {
  tag: string;
  namespace: 'html' | 'svg' | 'mathml';
  /** Attribute name (foreign ones with their prefix, e.g. `xlink:href`) → value, entities decoded. */
  attributes: ReadonlyMap<string, string>;
  /** The parent element's tag name, or null. */
  parentTag: string | null;
  /** The element's text (read for `<style>`). */
  text: () => string;
};

/**
 * What a rule found; the caller adds the place. The element rules give every finding its catalogue code and
 * values (checks/problemTexts.ts) besides the English message and fix.
 */
export type RuleFinding = {
  rule: RuleId;
  message: string;
  fix: string;
  code?: ProblemCode;
  values?: ProblemValues;
};

/** Receives a finding, with the attribute it is about (for its place in the page). */
export type Report = (finding: RuleFinding, attribute?: string) => void;

/** `<link rel>` values that fetch nothing when the page loads (the link is only a reference). */
const REFERENCE_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'opener',
  'prev',
  'privacy-policy',
  'tag',
  'terms-of-service',
]);
/** `<link rel>` values that only open a connection (no file is fetched). */
const CONNECT_RELS = new Set(['preconnect', 'dns-prefetch']);
/** `<link rel>` values whose file is an image (so a data: address is allowed, as in `<img>`). */
const ICON_RELS = new Set([
  'icon',
  'shortcut',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
]);

/** Elements that embed another document or a plugin: the policy (`frame-src`, `object-src 'none'`) blocks them. */
export const EMBEDDING = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
]);

/** SVG elements that animate or set another attribute. */
const SVG_ANIMATIONS = new Set(['animate', 'set', 'animateMotion', 'animateTransform']);

/** HTML attributes holding one address, and how the page uses it (`src` and `srcset` are handled apart). */
const URL_ATTRIBUTES: Record<string, UrlUse> = {
  poster: 'image',
  background: 'image',
  manifest: 'resource',
  action: 'resource',
  formaction: 'resource',
};

const SPACES = /[\t\n\f\r ]+/;

/** `name="value"`, shortened for a report. */
export function shown(name: string, value: string): string {
  const text = JSON.stringify(value);
  return `${name}=${text.length > 122 ? `${text.slice(0, 120)}…"` : text}`;
}

/** How a `<link>` uses its address, from its relations. */
function linkUse(rel: string): UrlUse {
  const rels = rel.toLowerCase().split(SPACES).filter(Boolean);
  if (rels.every((value) => REFERENCE_RELS.has(value))) return 'navigation';
  if (rels.every((value) => CONNECT_RELS.has(value))) return 'connect';
  if (rels.every((value) => ICON_RELS.has(value) || REFERENCE_RELS.has(value))) return 'image';
  return 'resource';
}

/**
 * Checks one element (not its inline script text or the policy tag: see builtPage.ts).
 * @param element - the element
 * @param page - where the page is (see urlPolicy.ts)
 * @param report - receives each finding
 */
export function checkElement(element: ElementView, page: PageLocation, report: Report): void {
  const {tag, namespace, attributes} = element;
  const attribute = (name: string) => attributes.get(name);
  const checkAddress = (name: string, value: string, use: UrlUse) => {
    const problem = checkUrl(value, use, page);
    if (problem) {
      const subject = shown(name, value);
      report(codedFinding(problem.rule, problem.code, {...problem.values, subject}), name);
    }
  };
  const checkAttribute = (name: string, use: UrlUse) => {
    const value = attribute(name);
    if (value !== undefined) checkAddress(name, value, use);
  };

  // Event handler attributes run code, on any element in any namespace.
  for (const [name, value] of attributes) {
    if (!/^on/i.test(name)) continue;
    const values = {attribute: shown(name, value)};
    report(codedFinding('event-handler', 'event-handler.attribute', values), name);
  }
  for (const found of cssUrls(attribute('style') ?? '')) checkAddress('style', found.url, 'image');
  if (tag === 'style') {
    for (const found of cssUrls(element.text()))
      checkAddress('style', found.url, found.imported ? 'resource' : 'image');
  }

  if (namespace !== 'html') {
    if (tag === 'script') {
      const source = ['href', 'xlink:href'].find((name) => attribute(name) !== undefined);
      if (source) checkAttribute(source, 'script');
      return;
    }
    const animated = attribute('attributeName')?.trim() ?? '';
    if (namespace === 'svg' && SVG_ANIMATIONS.has(tag) && /^(xlink:)?href$/i.test(animated)) {
      const values = {tag, attribute: shown('attributeName', animated)};
      report(codedFinding('svg-animation', 'svg-animation.href', values), 'attributeName');
    }
    // MathML links and SVG <a> are navigations; other SVG elements fetch what href names (use, image, feImage …).
    const navigation = tag === 'a' || namespace === 'mathml';
    const use: UrlUse = navigation
      ? 'navigation'
      : tag === 'image' || tag === 'feImage'
        ? 'image'
        : 'resource';
    for (const name of ['href', 'xlink:href']) checkAttribute(name, use);
    return;
  }

  if (tag === 'script') {
    checkAttribute('src', 'script');
    return;
  }
  if (EMBEDDING.has(tag)) {
    const source = ['src', 'data', 'srcdoc'].find((name) => attribute(name) !== undefined);
    const values = {tag, source: source ? ` ${shown(source, attribute(source)!)}` : ''};
    report(codedFinding('embedded-content', 'embedded-content.element', values), source);
    return;
  }
  if (tag === 'base') {
    const href = attribute('href');
    const values = {href: href === undefined ? '' : ` ${shown('href', href)}`};
    report(codedFinding('base-element', 'base-element.found', values));
  } else if (tag === 'meta' && attribute('http-equiv')?.trim().toLowerCase() === 'refresh') {
    const content = attribute('content');
    const values = {content: content === undefined ? '' : ` ${shown('content', content)}`};
    report(codedFinding('meta-refresh', 'meta-refresh.found', values), 'http-equiv');
  } else if (tag === 'link') {
    checkAttribute('href', linkUse(attribute('rel') ?? ''));
    for (const url of srcsetUrls(attribute('imagesrcset') ?? ''))
      checkAddress('imagesrcset', url, 'image');
  } else if (tag === 'a' || tag === 'area') {
    checkAttribute('href', 'navigation');
    for (const url of (attribute('ping') ?? '').split(SPACES).filter(Boolean))
      checkAddress('ping', url, 'resource');
  }
  const imageSource =
    tag === 'img' || tag === 'input' || (tag === 'source' && element.parentTag === 'picture');
  checkAttribute('src', imageSource ? 'image' : 'resource');
  for (const url of srcsetUrls(attribute('srcset') ?? '')) checkAddress('srcset', url, 'image');
  for (const [name, use] of Object.entries(URL_ATTRIBUTES)) checkAttribute(name, use);
}
