/**
 * Imports the ESM-only `pagefind` package with Node's own loader.
 *
 * Docusaurus loads plugins through jiti, which rewrites `import()` into a
 * `require()` (refused by pagefind's `exports`) and runs code in a VM context
 * where even `new Function('return import(...)')` fails
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING). jiti leaves `.cjs` files to Node,
 * so this one line runs natively.
 */
module.exports = function importPagefind() {
  return import('pagefind');
};
