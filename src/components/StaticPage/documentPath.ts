/**
 * The path this document was served for, read once when the main bundle
 * starts (client modules run before any route), so later client-side
 * navigations cannot change it.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

export const DOCUMENT_PATH = ExecutionEnvironment.canUseDOM ? window.location.pathname : '';
