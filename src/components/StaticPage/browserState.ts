/**
 * What the browser remembers about static pages for the life of the
 * document: the props (and frozen Markdown) of each such page already shown,
 * and the path the document was loaded for.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {DOCUMENT_PATH} from './documentPath';
import {PAGE_PROPS_ID, samePath} from './pageProps';

const props = new Map<string, unknown>();
const frozen = new Map<string, string>();

/** Whether `pathname` is the page this document was served for (a static route met there without its data block is a 404 page). */
export function isDocumentPath(pathname: string): boolean {
  return samePath(pathname, DOCUMENT_PATH);
}

/**
 * The props of a static page: remembered, or read from this document's data block.
 * @param pathname - the route's path
 * @returns null when the document holds no props for that path (a client-side navigation, or a 404 page)
 */
export function readPageProps<T>(pathname: string): T | null {
  const key = decodeURIComponentSafe(pathname);
  if (props.has(key)) return props.get(key) as T;
  if (!ExecutionEnvironment.canUseDOM) return null;
  const block = document.getElementById(PAGE_PROPS_ID);
  if (!block || !samePath(block.dataset.path ?? '', pathname)) return null;
  try {
    const value = JSON.parse(block.textContent ?? '') as T;
    props.set(key, value);
    return value;
  } catch {
    return null;
  }
}

/**
 * HTML of an element of the server-rendered page, read before React touches
 * it and remembered per path (the Markdown of a playbook).
 * @param pathname - the route's path
 * @param selector - CSS selector of the element
 */
export function readFrozenHtml(pathname: string, selector: string): string | null {
  const key = `${decodeURIComponentSafe(pathname)}\u0000${selector}`;
  const known = frozen.get(key);
  if (known !== undefined) return known;
  if (!ExecutionEnvironment.canUseDOM || !isDocumentPath(pathname)) return null;
  const element = document.querySelector(selector);
  if (!element) return null;
  frozen.set(key, element.innerHTML);
  return element.innerHTML;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURI(value).replace(/\/+$/, '') || '/';
  } catch {
    return value;
  }
}
