import {lineLocator} from '../lineLocator';

describe('lineLocator', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const locate = lineLocator('ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map(locate)).toEqual([
      {line: 1, column: 1},
      {line: 1, column: 2},
      {line: 2, column: 1},
      {line: 3, column: 1},
      {line: 4, column: 1},
      {line: 4, column: 2},
    ]);
  });

  it('counts a line break as one, however it is written (\\n, \\r\\n, a lone \\r)', () => {
    const locate = lineLocator('a\r\nb\rc\nd');
    expect([0, 1, 2, 3, 5, 7].map(locate)).toEqual([
      {line: 1, column: 1},
      {line: 1, column: 2},
      {line: 1, column: 3},
      {line: 2, column: 1},
      {line: 3, column: 1},
      {line: 4, column: 1},
    ]);
  });

  it('places the end of the text just after its last character', () => {
    expect(lineLocator('ab\n')(3)).toEqual({line: 2, column: 1});
    expect(lineLocator('ab')(2)).toEqual({line: 1, column: 3});
    expect(lineLocator('')(0)).toEqual({line: 1, column: 1});
  });

  it('moves an offset outside the text to its nearest end', () => {
    const locate = lineLocator('ab\ncd');
    expect(locate(-4)).toEqual({line: 1, column: 1});
    expect(locate(99)).toEqual({line: 2, column: 3});
  });

  it('counts columns in UTF-16 code units, as editors and mdast positions do', () => {
    expect(lineLocator('😀x')(2)).toEqual({line: 1, column: 3});
  });
});
