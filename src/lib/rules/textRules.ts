import {codedFinding, type CodedFinding} from './codedFinding';
import {findHiddenCharacters, type HiddenCharacter} from './hiddenCharacters';
import {REMOVED_CHARACTERS, normalizeText} from './normalizeText';
import {findPersonalData, type PersonalDataHit} from './personalData';
import {findUrlCandidates} from './urlCandidates';
import {checkWebAddress, type WebAddressFlaw} from './webAddress';

/**
 * The parts of the text rules shared by plain text (plainText.ts) and
 * Markdown (markdown.ts): hidden characters and the web addresses written
 * in a text, with their offsets in the text as given.
 */

/** Most hidden characters reported one by one per text; the rest are counted in one more problem. */
export const HIDDEN_CHARACTERS_REPORTED = 10;

/** Invisible characters, left out of the context quoted before one (normalizeText.ts). */
const REMOVED = new RegExp(REMOVED_CHARACTERS.source, 'gu');

/** Characters of context quoted before a hidden character. */
const CONTEXT = 24;

/** A hidden character in words (a catalogue code and values, and the English texts), for a problem. */
export type HiddenCharacterReport = CodedFinding<'invisible-character'> & {offset: number};

/**
 * Describes the refused invisible characters of a text (hiddenCharacters.ts),
 * each with the visible text just before it so it can be found.
 * @param text - the text as given
 * @returns at most HIDDEN_CHARACTERS_REPORTED reports, plus one that counts the rest
 */
export function describeHiddenCharacters(text: string): HiddenCharacterReport[] {
  const found = findHiddenCharacters(text);
  const reports = found
    .slice(0, HIDDEN_CHARACTERS_REPORTED)
    .map((hidden) => ({offset: hidden.offset, ...hiddenFinding(text, hidden)}));
  if (found.length > HIDDEN_CHARACTERS_REPORTED) {
    const rest = found[HIDDEN_CHARACTERS_REPORTED]!;
    reports.push({
      offset: rest.offset,
      ...codedFinding('invisible-character', 'invisible-character.more', {
        count: found.length - HIDDEN_CHARACTERS_REPORTED,
      }),
    });
  }
  return reports;
}

function hiddenFinding(text: string, hidden: HiddenCharacter): CodedFinding<'invisible-character'> {
  const before = text
    .slice(Math.max(0, hidden.offset - CONTEXT * 2), hidden.offset)
    .replace(REMOVED, '')
    .replace(/\s+/g, ' ')
    .trimStart();
  const context = before.length > CONTEXT ? `…${before.slice(-CONTEXT)}` : before;
  return context
    ? codedFinding('invisible-character', 'invisible-character.after', {
        character: hidden.label,
        before: context,
      })
    : codedFinding('invisible-character', 'invisible-character.start', {character: hidden.label});
}

/** A web address in a text that does not lead where it seems to, with its place in the text as given. */
export type WebAddressHit = WebAddressFlaw & {offset: number; end: number};

/**
 * Finds the addresses written in a text that hide or imitate their host or
 * go through a link shortener (webAddress.ts), reading the text normalised.
 * (Invite links are left to findChatInvites, which also finds those that are not addresses.)
 * @param text - the text as given
 * @returns the flaws, with the offset of each address in the text as given
 */
export function findWebAddressFlaws(text: string): WebAddressHit[] {
  const normalized = normalizeText(text);
  return findUrlCandidates(normalized.text).flatMap((candidate) => {
    const flaw = checkWebAddress(candidate.url);
    // Invites in a text are found by findChatInvites, with the forms that are not addresses (tg:…).
    if (!flaw || flaw.rule === 'chat-invite') return [];
    const end = normalized.originalEnd(candidate.index + candidate.text.length);
    return [{...flaw, offset: normalized.originalStart(candidate.index), end}];
  });
}

/**
 * Personal data in a text (personalData.ts), except the "e-mail address"
 * that is the user name and host of a web address (`https://known.org@other.example/`),
 * which the web-address rule reports for what it is.
 * @param text - the text as given
 * @param flaws - the web-address flaws of the same text (findWebAddressFlaws)
 */
export function findPersonalDataOutsideAddresses(
  text: string,
  flaws: readonly WebAddressHit[],
): PersonalDataHit[] {
  const userInfo = flaws.filter((flaw) => flaw.rule === 'url-user-info');
  const hits = findPersonalData(text);
  if (userInfo.length === 0) return hits;
  const inUserInfo = (hit: PersonalDataHit) =>
    userInfo.some((flaw) => hit.offset >= flaw.offset && hit.offset < flaw.end);
  return hits.filter((hit) => hit.kind !== 'email' || !inUserInfo(hit));
}
