// pathe: node:path's API, also in the browser (the /contribute form runs these rules).
import type {Root} from 'mdast';
import path from 'pathe';
import {visit} from 'unist-util-visit';
import {checkEntryDates, findDatePlaces, type DatePlaces} from './entryDates';
import {parseProseMarkdown} from './descriptionMarkdown';
import {formatField, makeProblem, type CodedText, type Problem, type Severity} from './problems';
import {checkMarkdownTree} from './rules/markdown';
import {markdownLimitHits} from './rules/markdownLimits';
import {checkAllStrings, checkPlainText} from './rules/plainText';
import {findMarkdownBlockSyntax} from './rules/plainTextMarkdown';
import {isPersonalMailbox} from './rules/personalData';
import {usesReservedValue} from './rules/reserved';
import {checkChannelLabelHost} from './checks/channelLabelHost';
import {checkCoverageArea} from './checks/coverageArea';
import {checkNamedPersonAddress} from './checks/namedPersonAddress';
import {citySchema, type City} from './schema/city';
import {organizationSchema, type Organization} from './schema/organization';
import {parseYamlSource, zodProblems, type YamlSource} from './yamlSource';
import type {RuleId} from './checks/ruleIds';

/**
 * Checks one directory YAML file (a city hub or an organisation) against the
 * schema and the safety rules that need more than one field.
 */

/**
 * Every string of a directory entry goes through the prose rules (checkPlainText: invisible characters,
 * markup, invites, addresses, phone numbers, e-mail addresses), whatever field it is in, except the
 * fields below, each exempt for the reason given. A field added to the schema is therefore checked
 * as prose until someone exempts it here with a reason (a test walks the schema to make sure).
 * Paths are matched without list indexes and locale keys: `channels[3].label` is `channels.label`.
 */
export const PROSE_EXEMPT_FIELDS: Readonly<Record<string, string>> = {
  summary:
    'plain text shown as written: checked by checkPlainTextProse (the plain-text rules on the string as written and as displayed, Markdown block syntax refused) and by the Markdown rules, which place a problem exactly',
  description:
    'Markdown prose, checked by the Markdown rules (checkProse), which read it as it is rendered',
  'policy.summary':
    'plain text shown as written: checked by checkPlainTextProse (the plain-text rules on the string as written and as displayed, Markdown block syntax refused) and by the Markdown rules, which place a problem exactly',
  'channels.value':
    'the contact itself: checked by its kind (E.164 and line type, e-mail syntax and host, https: address and every address rule, Signal username), and refused when it is an invite',
  'channels.extension': 'digits only (the schema refuses anything else)',
  'channels.kind': 'one of the channel kinds (the schema refuses anything else)',
  'channels.audience': 'one of the audiences (the schema refuses anything else)',
  'channels.languages': 'BCP-47 language tags (the schema refuses anything else)',
  'policy.source_url':
    'an address: checked by every address rule (httpsUrlSchema), invites included',
  'policy.as_of': 'an ISO 8601 date (the schema refuses anything else)',
  'verified.date': 'an ISO 8601 date (the schema refuses anything else)',
  'verified.method': 'one of the verification methods (the schema refuses anything else)',
  consent: 'an ISO 8601 date (the schema refuses anything else)',
  types: 'taxonomy slugs (the schema refuses anything else)',
  languages: 'BCP-47 language tags (the schema refuses anything else)',
  status: 'one of the statuses (the schema refuses anything else)',
  maintainers: 'GitHub handles (the schema refuses anything else)',
  country: 'an ISO 3166-1 alpha-2 code (the schema refuses anything else)',
  timezone: 'an IANA time zone name (the schema refuses anything else)',
};

/**
 * The field a path names, without list indexes (`channels[2].label` → `channels.label`), as
 * PROSE_EXEMPT_FIELDS lists them.
 * @param field - a formatted field path, e.g. `channels[0].label`
 */
export function fieldKind(field: string): string {
  return field.replace(/\[\d+\]/g, '');
}

/**
 * Whether a field's strings are checked elsewhere (PROSE_EXEMPT_FIELDS). Everything under an exempt
 * field is skipped too: the schema allows only strings of its own form there (a per-locale map of
 * Markdown for the prose fields), and refuses anything else.
 */
function isProseExempt(field: string): boolean {
  return field !== '' && Object.hasOwn(PROSE_EXEMPT_FIELDS, fieldKind(field));
}

/**
 * The result of checking one directory file: the validated entry when it passed its schema, every
 * problem, and the parsed YAML with its positions (for checks across files, such as `checks/phoneCountry`).
 */
export type DirectoryEntryResult = {
  city?: City;
  organization?: Organization;
  problems: Problem[];
  /** The YAML as parsed, before the schema (undefined when the file does not parse). */
  data?: unknown;
  /** Line and column (1-based) of a path inside the file. */
  locate?: YamlSource['locate'];
  /** Where an organisation's date fields are, for the checks of the day (entryDates.ts). */
  datePlaces?: DatePlaces;
};

/**
 * Checks `directory/<city>/_city.yml` or `directory/<city>/<org>.yml`: everything about the file
 * ({@link checkDirectoryEntryContent}) and the checks of the day ({@link withEntryDates}).
 * @param options.file - path relative to the site root
 * @param options.text - the YAML text
 * @param options.kind - `city` or `organization`
 * @param options.siteDir - absolute site root
 * @param options.now - reference date for freshness and future-date checks (default: now)
 * @returns the entry when it passed its schema, every problem, and the parsed YAML with its positions
 */
export function checkDirectoryEntry(options: {
  file: string;
  text: string;
  kind: 'city' | 'organization';
  siteDir: string;
  now?: Date;
}): DirectoryEntryResult {
  return withEntryDates(
    checkDirectoryEntryContent(options),
    options.file,
    options.now ?? new Date(),
  );
}

/**
 * Adds the checks of the day (future dates, review due: entryDates.ts) to a result of
 * {@link checkDirectoryEntryContent}, which may have been remembered from another day.
 * @param result - the file's result without them
 * @param file - path relative to the site root
 * @param now - the reference date
 * @returns the result with the day's problems after the others (the same object when there are none)
 */
export function withEntryDates(
  result: DirectoryEntryResult,
  file: string,
  now: Date,
): DirectoryEntryResult {
  if (!result.datePlaces) return result;
  const dates = checkEntryDates(file, result.data, result.datePlaces, now);
  return dates.length === 0 ? result : {...result, problems: [...result.problems, ...dates]};
}

/**
 * Every check of a directory file that depends on the file alone (not on the day), so its result can be
 * remembered for as long as the file and the validator do not change.
 * @param options.file - path relative to the site root
 * @param options.text - the YAML text
 * @param options.kind - `city` or `organization`
 * @param options.siteDir - absolute site root
 * @returns as {@link checkDirectoryEntry}, without the day's problems; organisations carry `datePlaces`
 */
export function checkDirectoryEntryContent(options: {
  file: string;
  text: string;
  kind: 'city' | 'organization';
  siteDir: string;
}): DirectoryEntryResult {
  const {file, text, kind} = options;
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  if (source.data === undefined) return {problems};
  const parsed = {
    data: source.data,
    locate: source.locate,
    ...(kind === 'organization' ? {datePlaces: findDatePlaces(source.locate)} : {}),
  };
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    problems.push(
      makeProblem({file}, '(file)', 'schema', {
        code: 'schema.not-a-map',
        values: {template: kind === 'city' ? 'city' : 'organization'},
      }),
    );
    return {problems, ...parsed};
  }
  const schema = kind === 'city' ? citySchema : organizationSchema;
  const result = schema.safeParse(source.data, {reportInput: true});
  const prose = checkProse(
    file,
    source,
    source.data as Record<string, unknown>,
    options.siteDir,
    text.split('\n'),
  );
  problems.push(...prose);
  // Every other string (names, labels, areas, counties, hours, reasons, and any key the schema does not know).
  // A street address in coverage.area is an error of its own (checkOrganizationRules), not also this warning.
  const coverageAddress = (problem: Problem) =>
    kind === 'organization' &&
    problem.rule === 'street-address' &&
    problem.field.startsWith('coverage.area');
  problems.push(
    ...checkAllStrings(source.data, source.locate, file, '', isProseExempt).filter(
      (problem) => !coverageAddress(problem),
    ),
  );
  problems.push(
    ...checkPlainTextProse(file, source, source.data as Record<string, unknown>, prose),
  );
  if (kind === 'organization') {
    // Run even when the schema fails, so one run shows every flaw of the file.
    problems.push(...checkOrganizationRules(file, source, source.data as Record<string, unknown>));
  }
  if (!result.success) {
    problems.push(...zodProblems(file, source, result.error));
    return {problems, ...parsed};
  }
  return kind === 'city'
    ? {city: result.data as City, problems, ...parsed}
    : {organization: result.data as Organization, problems, ...parsed};
}

/** The Markdown rules on the translatable prose of an entry (summary, description, policy summary). */
function checkProse(
  file: string,
  source: YamlSource,
  data: Record<string, unknown>,
  siteDir: string,
  lines: string[],
): Problem[] {
  const problems: Problem[] = [];
  // Only the description is rendered as Markdown; the summaries are shown as written (PLAIN_TEXT_PROSE), but the
  // Markdown rules place a problem at its exact line and column, so they read the summaries too.
  const fields: [string, string][] = [
    ['summary', ''],
    ['description', ''],
    ['policy', 'summary'],
  ];
  for (const [field, sub] of fields) {
    const container = sub
      ? (data[field] as Record<string, unknown> | undefined)?.[sub]
      : data[field];
    if (!container || typeof container !== 'object') continue;
    for (const [locale, value] of Object.entries(container as Record<string, unknown>)) {
      if (typeof value !== 'string') continue;
      const keyPath = sub ? [field, sub, locale] : [field, locale];
      const at = source.locate(keyPath);
      // A block scalar (|) starts on the line after its indicator, indented.
      const block = source.isBlockScalar(keyPath);
      const firstLine = block ? at.line + 1 : at.line;
      const indent = block ? (/^ */.exec(lines[firstLine - 1] ?? '')?.[0].length ?? 0) : 0;
      // Shapes the parser reads in more than linear time, and directive syntax (the page renders these fields without
      // directives: descriptionMarkdown.ts), are refused before it reads them. The tree checked is the tree rendered.
      const limits = markdownLimitHits(value, {directives: 'none'});
      const tree = limits.length > 0 ? null : parseProseMarkdown(value);
      const found: Problem[] = !tree
        ? // The hit as the Markdown rules give it: its code and values once it carries them, else its words.
          limits.map((hit) => makeProblem({file, line: hit.line}, keyPath.join('.'), hit.rule, hit))
        : [
            ...checkMarkdownTree(tree, {
              file,
              fileDir: path.join(siteDir, path.dirname(file)),
              contentRoot: path.join(siteDir, 'docs'),
              source: value,
            }),
            ...proseImages(file, tree),
          ];
      for (const problem of found) {
        const column = block
          ? indent + problem.column
          : problem.line === 1
            ? at.column + problem.column - 1
            : problem.column;
        problems.push({
          ...problem,
          line: firstLine + problem.line - 1,
          column,
          field: keyPath.join('.'),
        });
      }
    }
  }
  return problems;
}

/**
 * The translatable fields shown as plain text (cards, pages, the meta description, exports), not as Markdown:
 * see LocalizedText in OrganizationCard, OrganizationPage and CityPage.
 */
const PLAIN_TEXT_PROSE: readonly (readonly string[])[] = [['summary'], ['policy', 'summary']];

/**
 * The summaries, read as they are published (attack review 2, A3): the plain-text rules on each string as
 * written and as a browser shows it (checkPlainText), keeping only what the Markdown rules (which place a
 * problem exactly) did not already report for the field, and Markdown block syntax refused: it would be shown
 * as written, and the writer expected it to be rendered.
 * @param markdown - the problems checkProse found, to report each finding once
 */
function checkPlainTextProse(
  file: string,
  source: YamlSource,
  data: Record<string, unknown>,
  markdown: readonly Problem[],
): Problem[] {
  // A rule the Markdown rules already reported on the field is not reported again in other words (the field is
  // refused either way, and the Markdown problem has the exact place).
  const findingKey = (problem: Problem) => `${problem.field} ${problem.rule}`;
  const reported = new Set(markdown.map(findingKey));
  const problems: Problem[] = [];
  for (const fieldPath of PLAIN_TEXT_PROSE) {
    let container: unknown = data;
    for (const key of fieldPath)
      container =
        container && typeof container === 'object'
          ? (container as Record<string, unknown>)[key]
          : undefined;
    if (!container || typeof container !== 'object') continue;
    for (const [locale, value] of Object.entries(container as Record<string, unknown>)) {
      if (typeof value !== 'string') continue;
      const keyPath = [...fieldPath, locale];
      const field = keyPath.join('.');
      const at = source.locate(keyPath);
      for (const problem of checkPlainText(value, {file, ...at, field}))
        if (!reported.has(findingKey(problem))) problems.push(problem);
      const block = findMarkdownBlockSyntax(value);
      if (block) {
        problems.push(
          makeProblem({file, ...at}, field, 'plain-text-markdown', {
            code: 'plain-text-markdown.found',
            values: {line: block.line, text: block.text},
          }),
        );
      }
    }
  }
  return problems;
}

/**
 * Images in an entry's prose: the page renders these fields without images
 * (PROSE_SANITIZE_SCHEMA in src/plugins/directory/descriptionHtml.ts), so an
 * image would silently vanish; a remote one would also tell its host who reads.
 * @returns one problem per image, at its place in the text (the caller moves it into the file)
 */
function proseImages(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    problems.push(
      makeProblem(
        {file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1},
        'body',
        'prose-image',
        {code: 'prose-image.found', values: {alt: node.alt ?? ''}},
      ),
    );
  });
  return problems;
}

/**
 * Rules across fields of an organisation. Works on the raw YAML data and
 * skips whatever is malformed (the schema reports that), so that it can run
 * on a file that also has schema errors.
 */
function checkOrganizationRules(
  file: string,
  source: YamlSource,
  data: Record<string, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  // A problem with a catalogue code (checks/problemTexts.ts), so readers get it in their language; a finding of a
  // check under src/lib/checks is passed as it is (its code and values).
  const addCoded = <R extends RuleId>(
    keyPath: (string | number)[],
    rule: R,
    text: CodedText<R>,
    severity: Severity = 'error',
  ) =>
    problems.push(
      makeProblem({file, ...source.locate(keyPath)}, formatField(keyPath), rule, text, severity),
    );
  const sample = data.sample === true;
  const channels = Array.isArray(data.channels) ? (data.channels as unknown[]) : [];

  channels.forEach((channel, index) => {
    const {kind, value, label} = (channel ?? {}) as {
      kind?: unknown;
      value?: unknown;
      label?: unknown;
    };
    if (typeof value !== 'string') return;
    const labelHost =
      typeof label === 'string' && typeof kind === 'string'
        ? checkChannelLabelHost(label, kind, value)
        : null;
    if (labelHost) addCoded(['channels', index, 'label'], 'link-text-host', labelHost);
    const reserved = usesReservedValue(value);
    if (reserved && !sample) {
      addCoded(['channels', index, 'value'], 'reserved-value', {
        code: 'reserved-value.found',
        values: {value},
      });
    }
    if (!reserved && sample) {
      addCoded(['channels', index, 'value'], 'sample-real-value', {
        code: 'sample-real-value.found',
        values: {value},
      });
    }
    if (kind === 'email' && isPersonalMailbox(value)) {
      addCoded(
        ['channels', index, 'value'],
        'personal-mailbox',
        {code: 'personal-mailbox.found', values: {value}},
        'warning',
      );
    }
    const person = kind === 'email' ? checkNamedPersonAddress(value) : null;
    if (person) addCoded(['channels', index, 'value'], 'named-person-address', person, 'warning');
  });
  const coverage = (data.coverage ?? {}) as {area?: unknown};
  for (const finding of checkCoverageArea(coverage.area)) {
    addCoded(finding.field.split('.'), 'street-address-in-coverage', finding);
  }

  return problems;
}
