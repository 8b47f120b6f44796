/**
 * What the browser remembers about static pages for the life of the
 * document: the props (and frozen Markdown) of each such page already shown.
 * The served page's own come from `documentState.ts`, read at startup.
 */
import {DOCUMENT_STATE} from './documentState';
import {samePath} from './pageProps';

const props = new Map<string, unknown>();
const frozen = new Map<string, string>();

function key(pathname: string): string {
  try {
    return decodeURI(pathname).replace(/\/+$/, '') || '/';
  } catch {
    return pathname;
  }
}

/** Whether `pathname` is the page this document was served for (a static route met there without its data block is a 404 page). */
export function isDocumentPath(pathname: string): boolean {
  return samePath(pathname, DOCUMENT_STATE.path);
}

/**
 * The props of a static page: remembered, or read from this document's data block.
 * @param pathname - the route's path
 * @returns null when the document holds no props for that path (a client-side navigation, or a 404 page)
 */
export function readPageProps<T>(pathname: string): T | null {
  const known = props.get(key(pathname));
  if (known !== undefined) return known as T;
  const block = DOCUMENT_STATE.props;
  if (!block || !samePath(block.path, pathname)) return null;
  try {
    const value = JSON.parse(block.json) as T;
    props.set(key(pathname), value);
    return value;
  } catch {
    return null;
  }
}

/**
 * The server's rendered Markdown of a static playbook page, remembered per path.
 * @param pathname - the route's path
 */
export function readFrozenHtml(pathname: string): string | null {
  const known = frozen.get(key(pathname));
  if (known !== undefined) return known;
  if (!isDocumentPath(pathname) || DOCUMENT_STATE.markdownHtml === null) return null;
  frozen.set(key(pathname), DOCUMENT_STATE.markdownHtml);
  return DOCUMENT_STATE.markdownHtml;
}
