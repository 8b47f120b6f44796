/**
 * Renders Pagefind's excerpt without `dangerouslySetInnerHTML`: the excerpt is
 * plain text in which Pagefind wrapped the matching words in `<mark>`. Only
 * those marks become elements; anything else that looks like markup is shown
 * as text, so contributed content can never inject HTML here.
 */
import React, {type ReactNode} from 'react';

const ENTITIES: {[name: string]: string} = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references Pagefind may leave in excerpt text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff
        ? String.fromCodePoint(point)
        : match;
    }
    return ENTITIES[code.toLowerCase()] ?? match;
  });
}

/** Splits an excerpt into text and highlighted parts: `[{text, mark}]`. */
export function parseExcerpt(excerpt: string): {text: string; mark: boolean}[] {
  const parts: {text: string; mark: boolean}[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(excerpt); match !== null; match = pattern.exec(excerpt)) {
    if (match.index > last) {
      parts.push({text: decodeEntities(excerpt.slice(last, match.index)), mark: false});
    }
    parts.push({text: decodeEntities(match[1]!), mark: true});
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) {
    parts.push({text: decodeEntities(excerpt.slice(last)), mark: false});
  }
  return parts.filter((part) => part.text.length > 0);
}

export default function Excerpt({excerpt}: {excerpt: string}): ReactNode {
  return (
    <>
      {parseExcerpt(excerpt).map((part, index) =>
        part.mark ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <React.Fragment key={index}>{part.text}</React.Fragment>
        ),
      )}
    </>
  );
}
