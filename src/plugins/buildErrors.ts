/**
 * How the site's own plugins stop a build: with a report a person can act
 * on, never a stack trace of the plugin's internals.
 */

/**
 * An error that shows only its message: Docusaurus prints an error's stack, and a
 * contributor needs the report, not the plugin's call stack.
 * @param report - the text to show (file, place, what is wrong, how to fix it)
 * @returns an Error whose `stack` is the report
 */
export function reportError(report: string): Error {
  const error = new Error(report);
  error.stack = report;
  return error;
}

/**
 * Stops the build with a report. `docusaurus build` would wrap a thrown error
 * in its own stack trace, so in production (`NODE_ENV=production`) the report is
 * printed alone on stderr and the process exits with code 1; during `npm start`
 * the error is thrown, and the dev server shows it and keeps running.
 * @param report - the whole report, as `formatReport` writes it
 * @throws the report as a `reportError`, outside production
 */
export function failBuild(report: string): never {
  if (process.env.NODE_ENV === 'production') {
    console.error(report);
    process.exit(1);
  }
  throw reportError(report);
}
