/**
 * The parts of citation-js (0.8, CommonJS, untyped) that this site uses.
 * See https://citation.js.org/api/0.7/ for the API these mirror.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: {
      get(name: string): {
        styles: {add(name: string, xml: string): void; has(name: string): boolean};
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
