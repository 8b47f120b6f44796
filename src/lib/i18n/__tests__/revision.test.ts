import {execFileSync} from 'node:child_process';
import {gitBlobId} from '../revision';

describe('gitBlobId', () => {
  it.each([
    ['an empty file', ''],
    ['ASCII text', '---\ntitle: Steps\n---\n\n## Steps\n'],
    ['accents and emoji (UTF-8 bytes, not characters)', 'Cuándo usarlo — 👩‍⚖️\n'],
  ])('equals `git hash-object` for %s', (_name, text) => {
    const expected = execFileSync('git', ['hash-object', '--stdin'], {input: text, encoding: 'utf8'}).trim();
    expect(gitBlobId(text)).toBe(expected);
  });
});
