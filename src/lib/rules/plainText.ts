import {formatField, makeProblem, type CodedText, type Problem} from '../problems';
import {findChatInvite} from './chatInvites';
import {
  describeHiddenCharacters,
  findPersonalDataOutsideAddresses,
  findWebAddressFlaws,
} from './textRules';
import type {RuleId} from '../checks/ruleIds';
import {asDisplayed} from './plainTextMarkdown';

/**
 * Safety rules 4, 5 and 10 for text that is not Markdown: front matter
 * values, names, areas, hours comments, blog author entries, any string of
 * a YAML file. Refuses invisible and direction-changing characters
 * (hiddenCharacters.ts), and addresses that hide or imitate their host or go
 * through a link shortener (webAddress.ts). Also refuses `<`, which
 * Docusaurus copies unescaped into a page's JSON-LD `<script>` block (a
 * `</script>` in a title would end it and inject markup).
 * Phones, e-mail addresses, invites and addresses are read in the
 * normalised text (normalizeText.ts). Runs in time linear in the text's length.
 */

/** Where a text value sits, for the problems found in it. */
export type TextPlace = {file: string; line: number; column: number; field: string};

/**
 * Checks one text value.
 * @param value - the text
 * @param place - its file, position and field name
 * @returns every problem found (empty when the text is clean)
 */
export function checkPlainText(value: string, place: TextPlace): Problem[] {
  const problems: Problem[] = [];
  const make: Add = (rule, text, severity = 'error') =>
    makeProblem(place, place.field, rule, text, severity);
  const add: Add = (rule, text, severity) => {
    const problem = make(rule, text, severity);
    problems.push(problem);
    return problem;
  };
  for (const hidden of describeHiddenCharacters(value))
    add(hidden.rule, {code: hidden.code, values: hidden.values});
  if (value.includes('<') || value.includes('>'))
    add('angle-bracket', {code: 'angle-bracket.found', values: {text: value.slice(0, 60)}});
  checkContent(value, add);
  // A plain-text field is shown inside one element, where every run of white space is one space: a number or
  // an address cut by line breaks is read whole (attack review 2, A3). Only what the text as written missed.
  const displayed = asDisplayed(value);
  if (displayed !== value) {
    // Compared with white space folded too: a number found in both forms is reported once.
    const found = new Set(
      problems.map((problem) => `${problem.rule} ${asDisplayed(problem.message)}`),
    );
    checkContent(displayed, (rule, text, severity) => {
      const problem = make(rule, text, severity);
      if (!found.has(`${rule} ${asDisplayed(problem.message)}`)) problems.push(problem);
      return problem;
    });
  }
  return problems;
}

/** Makes (and keeps, or not) one coded problem of a text. */
type Add = <R extends RuleId>(
  rule: R,
  text: CodedText<R>,
  severity?: Problem['severity'],
) => Problem;

/** Invites, web addresses and personal data in a text. */
function checkContent(value: string, add: Add): void {
  const invite = findChatInvite(value);
  if (invite) add('chat-invite', {code: 'chat-invite.text', values: {service: invite}});
  const flaws = findWebAddressFlaws(value);
  for (const flaw of flaws) add(flaw.rule, {code: flaw.code, values: flaw.values});
  for (const hit of findPersonalDataOutsideAddresses(value, flaws)) {
    const values = {text: hit.text};
    if (hit.kind === 'phone') add('phone-in-prose', {code: 'phone-in-prose.text', values});
    else if (hit.kind === 'email') add('email-in-prose', {code: 'email-in-prose.text', values});
    else add('street-address', {code: 'street-address.text', values}, 'warning');
  }
}

/**
 * Checks every string inside a value (front matter, a YAML map), recursively.
 * @param data - parsed YAML data
 * @param locate - line and column of a path inside the file
 * @param file - path relative to the content folder
 * @param prefix - field name prefix, e.g. `front matter`
 * @param skip - paths (joined with `.`) whose strings are checked elsewhere
 */
export function checkAllStrings(
  data: unknown,
  locate: (path: readonly PropertyKey[]) => {line: number; column: number},
  file: string,
  prefix: string,
  skip: (path: string) => boolean = () => false,
): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    const name = formatField(path);
    if (skip(name)) return;
    if (typeof value === 'string') {
      problems.push(
        ...checkPlainText(value, {
          file,
          ...locate(path),
          field: prefix ? `${prefix}.${name}` : name,
        }),
      );
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return problems;
}
