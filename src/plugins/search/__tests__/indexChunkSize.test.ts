import {execFileSync} from 'node:child_process';
import {validateOptions} from '../options';
import {INDEX_CHUNK_SIZE, INDEX_CHUNK_SIZE_VARIABLE, setIndexChunkSize} from '../utils';
import type {Options, PluginOptions} from '../types';

const validate = (options: Options) =>
  validateOptions({options, validate: (() => undefined) as never} as never) as PluginOptions;

/**
 * Indexes 60 pages of distinct words with Pagefind's own binary in a child process (the package is ESM-only and
 * starts its binary with the caller's environment) and counts the word-index chunks it would write.
 */
function wordIndexChunks(env: NodeJS.ProcessEnv): number {
  const script = `
    import * as pagefind from 'pagefind';
    const {index} = await pagefind.createIndex({forceLanguage: 'en'});
    for (let page = 0; page < 60; page++) {
      const words = Array.from({length: 40}, (_, word) => 'w' + ((page * 7 + word * 13) % 400).toString(36) + 'x');
      await index.addHTMLFile({url: '/p' + page, content:
        '<html lang="en"><body><main data-pagefind-body><h1>Page ' + page + '</h1><p>' + words.join(' ') +
        '</p></main></body></html>'});
    }
    const {files} = await index.getFiles();
    console.log(files.filter((file) => file.path.startsWith('index/')).length);
    await pagefind.close();
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: process.cwd(),
    env,
    encoding: 'utf8',
  });
  return Number(out.trim().split('\n').pop());
}

describe('word-index chunk size', () => {
  it('is set for the binary as a positive whole number, and refused otherwise', () => {
    const env: NodeJS.ProcessEnv = {};
    setIndexChunkSize(env, 10_000);
    expect(env[INDEX_CHUNK_SIZE_VARIABLE]).toBe('10000');
    for (const bad of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => setIndexChunkSize(env, bad)).toThrow(
        /indexChunkSize must be a positive whole number/,
      );
    expect(env[INDEX_CHUNK_SIZE_VARIABLE]).toBe('10000');
  });

  it('defaults to INDEX_CHUNK_SIZE, below Pagefind’s 20,000, and rejects nonsense in the config', () => {
    expect(validate({}).indexChunkSize).toBe(INDEX_CHUNK_SIZE);
    expect(INDEX_CHUNK_SIZE).toBeLessThan(20_000);
    expect(validate({indexChunkSize: 4000}).indexChunkSize).toBe(4000);
    expect(() => validate({indexChunkSize: 0})).toThrow(/indexChunkSize/);
    expect(() => validate({indexChunkSize: 2.5})).toThrow(/indexChunkSize/);
  });

  it('is honoured by the Pagefind binary (a Pagefind upgrade that drops the variable fails here)', () => {
    const base = {...process.env};
    delete base[INDEX_CHUNK_SIZE_VARIABLE];
    const byDefault = wordIndexChunks(base);
    const small: NodeJS.ProcessEnv = {...base};
    setIndexChunkSize(small, 50);
    const withSmallChunks = wordIndexChunks(small);
    expect(byDefault).toBe(1);
    expect(withSmallChunks).toBeGreaterThan(10);
  });
});
