import type {Random} from './random';

/**
 * Writes varied, realistic prose for the benchmark coalition: a word-level
 * Markov chain (order 2) trained on the repository's own playbooks, so the
 * generated pages have the vocabulary, sentence lengths and word frequencies
 * of real ones (what the search index and the build's Markdown work on),
 * rather than one paragraph repeated.
 */
export type TextGenerator = {
  /** One sentence of about 8 to 40 words, ending with a full stop. */
  sentence(): string;
  /** A paragraph of `sentences` sentences. */
  paragraph(sentences: number): string;
};

const START = '\u0002';

/** Plain sentences from Markdown bodies: no headings, lists markers, links or emphasis. */
export function sentencesOf(markdown: string): string[] {
  return (
    markdown
      .split('\n')
      .filter((line) => line.trim() && !/^(#|---|\||>|```)/.test(line.trim()))
      .map((line) =>
        line
          .replace(/^\s*(\d+\.|[-*])\s+/, '')
          .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/[*_`]/g, '')
          .replace(/https?:\S+/g, ''),
      )
      .join(' ')
      .split(/(?<=[.!?])\s+/)
      .map((sentence) => sentence.trim())
      // Keep ordinary sentences only: no digits (could read as phone numbers), no markup characters.
      .filter(
        (sentence) =>
          /^[A-Z]/.test(sentence) &&
          /[.!?]$/.test(sentence) &&
          !/[\d<>{}@|\\]/.test(sentence) &&
          sentence.split(' ').length >= 5,
      )
  );
}

/**
 * Trains a generator on example sentences.
 * @param sentences - training sentences (see {@link sentencesOf})
 * @param random - the seeded random source
 * @throws Error when there are no training sentences
 */
export function createTextGenerator(sentences: readonly string[], random: Random): TextGenerator {
  if (sentences.length === 0) throw new Error('The text generator needs example sentences.');
  const chain = new Map<string, string[]>();
  for (const sentence of sentences) {
    const words = [START, START, ...sentence.split(/\s+/)];
    for (let i = 2; i < words.length; i += 1) {
      const key = `${words[i - 2]} ${words[i - 1]}`;
      const followers = chain.get(key) ?? [];
      followers.push(words[i]!);
      chain.set(key, followers);
    }
  }
  const sentence = (): string => {
    for (;;) {
      const words: string[] = [];
      let a = START;
      let b = START;
      while (words.length < 45) {
        const followers = chain.get(`${a} ${b}`);
        if (!followers) break;
        const word = random.pick(followers);
        words.push(word);
        [a, b] = [b, word];
        if (/[.!?]$/.test(word)) break;
      }
      if (words.length >= 8 && /[.!?]$/.test(words.at(-1)!)) return words.join(' ');
    }
  };
  return {
    sentence,
    paragraph: (count) => Array.from({length: count}, sentence).join(' '),
  };
}
