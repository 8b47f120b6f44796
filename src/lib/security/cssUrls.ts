import {tokenize, TokenType, type CSSToken} from '@csstools/css-tokenizer';
import {lineLocator} from '../lineLocator';

/**
 * Every address a piece of CSS can make the browser fetch: `url(…)` in any
 * spelling (`URL(`, `u\72 l(`: escapes are decoded by the CSS Syntax Level 3
 * tokenizer of `@csstools/css-tokenizer`, as a browser decodes them), the
 * quoted form `url("…")` and `src("…")`, the strings of `image-set()`,
 * `image()` and `cross-fade()`, and `@import "…"`. A malformed `url(` (a
 * bad-url token) is skipped: browsers fetch nothing for it.
 */

/** One address found in CSS, with its place in the text; `imported` for a style sheet loaded by `@import`. */
export type CssUrl = {url: string; line: number; column: number; imported: boolean};

/** Functions whose quoted strings are addresses (CSS Images 4, CSS Values 4). */
const URL_STRING_FUNCTIONS = new Set([
  'url',
  'src',
  'image-set',
  '-webkit-image-set',
  'image',
  'cross-fade',
  '-webkit-cross-fade',
]);

/**
 * Finds the addresses in a style sheet or a `style` attribute.
 * @param css - the CSS text (a whole sheet or a declaration list: the tokens are the same)
 * @returns addresses exactly as written (decoded), in order, with 1-based line and column in `css`
 */
export function cssUrls(css: string): CssUrl[] {
  const tokens = tokenize({css}, {onParseError: () => undefined});
  const found: CssUrl[] = [];
  const locate = lineLocator(css);
  let importPending = false;
  const add = (token: CSSToken, url: string) =>
    found.push({url, ...locate(token[2]), imported: importPending});
  // The names of the open functions (and '' for plain parentheses), innermost last.
  const open: string[] = [];
  for (const token of tokens) {
    switch (token[0]) {
      case TokenType.URL:
        add(token, token[4].value);
        break;
      case TokenType.Function:
        open.push(token[4].value.toLowerCase());
        break;
      case TokenType.OpenParen:
        open.push('');
        break;
      case TokenType.CloseParen:
        open.pop();
        break;
      case TokenType.AtKeyword:
        importPending = token[4].value.toLowerCase() === 'import';
        continue;
      case TokenType.String:
        if (importPending || URL_STRING_FUNCTIONS.has(open.at(-1) ?? ''))
          add(token, token[4].value);
        break;
      default:
        break;
    }
    if (token[0] !== TokenType.Whitespace && token[0] !== TokenType.Comment) importPending = false;
  }
  return found;
}
