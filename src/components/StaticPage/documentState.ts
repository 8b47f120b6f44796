/**
 * What the served document says about itself, read once when the main
 * bundle starts: client modules run before React renders anything, so
 * neither the head manager (which replaces the head's tags on its first
 * update) nor a client-side navigation can have changed it yet.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {MARKDOWN_SELECTOR} from './frozenMarkdown';
import {PAGE_PROPS_ID} from './pageProps';

type DocumentState = {
  /** The path the document was served for. */
  path: string;
  /** The page's props data block: the path it was written for and its JSON text. */
  props: {path: string; json: string} | null;
  /** The server's rendered Markdown of a playbook page. */
  markdownHtml: string | null;
};

function read(): DocumentState {
  if (!ExecutionEnvironment.canUseDOM) return {path: '', props: null, markdownHtml: null};
  const block = document.getElementById(PAGE_PROPS_ID);
  return {
    path: window.location.pathname,
    props: block ? {path: block.dataset.path ?? '', json: block.textContent ?? ''} : null,
    markdownHtml: document.querySelector(MARKDOWN_SELECTOR)?.innerHTML ?? null,
  };
}

export const DOCUMENT_STATE: DocumentState = read();
