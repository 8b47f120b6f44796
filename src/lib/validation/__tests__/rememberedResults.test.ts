import fs from 'node:fs';
import path from 'node:path';
import {describeText, type BodyInput} from '../../exports/playbooks';
import {openRemembered} from '../rememberedResults';
import {withCacheFolder} from './withCacheFolder';

/** A function that counts its calls. */
function counted<I, O>(compute: (input: I) => O) {
  const calls: I[] = [];
  return {calls, compute: (input: I) => (calls.push(input), compute(input))};
}

describe('remembered results', () => {
  it('compute each input once, in this process and in a later one', () => {
    withCacheFolder(() => {
      const fn = counted((input: {words: string[]}) => ({count: input.words.length}));
      const first = openRemembered('test-counts.json', fn.compute);
      expect(first.get({words: ['a', 'b']})).toEqual({count: 2});
      expect(first.get({words: ['a', 'b']})).toEqual({count: 2});
      expect(fn.calls).toHaveLength(1);
      first.save();
      const later = openRemembered('test-counts.json', fn.compute);
      expect(later.get({words: ['a', 'b']})).toEqual({count: 2});
      expect(fn.calls).toHaveLength(1);
      expect(later.get({words: ['a', 'b', 'c']})).toEqual({count: 3});
      expect(fn.calls).toHaveLength(2);
    });
  });

  it('compute again a result JSON would change, and everything when the cache is off', () => {
    withCacheFolder(() => {
      const fn = counted((input: number) => ({ratio: input / 0}));
      const results = openRemembered('test-ratios.json', fn.compute);
      results.get(1);
      results.save();
      openRemembered('test-ratios.json', fn.compute).get(1);
      expect(fn.calls).toHaveLength(2);
    });
    withCacheFolder((folder) => {
      const fn = counted((input: number) => input + 1);
      const results = openRemembered('test-off.json', fn.compute);
      results.get(1);
      results.save();
      openRemembered('test-off.json', fn.compute).get(1);
      expect(fn.calls).toHaveLength(2);
      expect(fs.readdirSync(folder)).toEqual([]);
    }, 'off');
  });

  it('give a playbook body the description a fresh parse gives', () => {
    const text = fs.readFileSync(
      path.resolve(
        __dirname,
        '../../../../docs/playbooks/accompaniment/court-and-check-in-accompaniment.md',
      ),
      'utf8',
    );
    const input: BodyInput = {text, sectionKeys: [['When to use', 'when-to-use']]};
    withCacheFolder(() => {
      const first = openRemembered('playbook-bodies-test.json', describeText);
      first.get(input);
      first.save();
      const remembered = openRemembered('playbook-bodies-test.json', describeText).get(input);
      expect(remembered).toEqual(describeText(input));
      expect(remembered.words).toBeGreaterThan(100);
    });
  });
});
