import {location} from 'vfile-location';

/** A 1-based line and column (the column counts UTF-16 code units, as editors and `mdast` positions do). */
export type LineColumn = {line: number; column: number};

/**
 * Turns offsets in a text into 1-based lines and columns, with `vfile-location` (the index that
 * unified's own positions come from). A line ends at `\n`, `\r\n` or a lone `\r`, as in CommonMark,
 * CSS Syntax Level 3 and HTML, and as editors count lines.
 * @param text - the text the offsets point into
 * @returns a function from a UTF-16 offset to its line and column; an offset outside the text is
 *   moved to its nearest end (0 or `text.length`, the place just after the last character)
 */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const {toPoint} = location(text);
  return (offset) => {
    const point = toPoint(Math.min(Math.max(offset, 0), text.length));
    return {line: point?.line ?? 1, column: point?.column ?? 1};
  };
}
