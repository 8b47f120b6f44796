import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkCollections} from '../collections';
import {loadCoalition} from '../coalition';

const DOCS = new Set([
  'guides/start-here',
  'playbooks/rapid-response/a',
  'playbooks/rapid-response/b',
]);
const VALID = `collections:
  - id: first-month
    title:
      en: First month
    summary:
      en: A path.
    steps:
      - doc: guides/start-here
        why:
          en: Read it first.
      - doc: playbooks/rapid-response/a
        why:
          en: Then this.
`;

describe('checkCollections', () => {
  it('accepts collections whose steps exist', () => {
    const result = checkCollections(VALID, DOCS);
    expect(result.problems).toEqual([]);
    expect(
      result.collections.map((collection) => collection.steps.map((step) => step.doc)),
    ).toEqual([['guides/start-here', 'playbooks/rapid-response/a']]);
  });

  it('refuses a step naming a missing playbook, with its line and a fix', () => {
    const result = checkCollections(
      VALID.replace('playbooks/rapid-response/a', 'playbooks/rapid-response/missing'),
      DOCS,
    );
    expect(result.collections).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'docs/collections.yml',
        line: 11,
        field: 'collections[0].steps[1].doc',
        rule: 'cross-reference',
        message: expect.stringContaining('playbooks/rapid-response/missing'),
        fix: expect.stringContaining('playbooks/rapid-response/a'),
      }),
    ]);
  });

  it('reports every flaw in one run: bad id, duplicate id, missing why, unsafe text', () => {
    const text = `collections:
  - id: Bad_Id
    title: {en: One}
    summary: {en: "Call +1 612 555 0142"}
    steps:
      - doc: guides/start-here
        why: {en: ok}
      - doc: nowhere
  - id: dup
    title: {en: Two}
    summary: {en: s}
    steps:
      - {doc: guides/start-here, why: {en: a}}
      - {doc: guides/start-here, why: {en: b}}
  - id: dup
    title: {en: Three}
    summary: {en: s}
    steps:
      - {doc: guides/start-here, why: {en: a}}
      - {doc: playbooks/rapid-response/b, why: {en: b}}
`;
    const result = checkCollections(text, DOCS);
    const fields = result.problems.map((problem) => `${problem.line}:${problem.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        '2:collections[0].id',
        '8:collections[0].steps[1].doc',
        '8:collections[0].steps[1].why',
      ]),
    );
    expect(result.problems.some((problem) => problem.rule !== 'schema' && problem.line === 4)).toBe(
      true,
    );
  });

  it('flags a duplicate collection id', () => {
    const twice = VALID + VALID.replace('collections:\n', '');
    expect(checkCollections(twice, DOCS).problems).toEqual([
      expect.objectContaining({rule: 'duplicate-id', line: 14, field: 'collections[1].id'}),
    ]);
  });
});

describe('loadCoalition with docs/collections.yml', () => {
  it('turns a collection naming a missing doc into a validator error', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-collections-'));
    fs.mkdirSync(path.join(site, 'docs/guides'), {recursive: true});
    fs.writeFileSync(
      path.join(site, 'docs/guides/start-here.md'),
      '---\ntitle: Start here\ndescription: Start.\n---\n\nHello.\n',
    );
    fs.writeFileSync(path.join(site, 'docs/collections.yml'), VALID);
    const coalition = loadCoalition(site);
    expect(coalition.problems.filter((problem) => problem.file === 'docs/collections.yml')).toEqual(
      [
        // The temporary site has the guide but not the playbook of step 2.
        expect.objectContaining({
          severity: 'error',
          line: 11,
          field: 'collections[0].steps[1].doc',
        }),
      ],
    );
    expect(coalition.collections).toEqual([]);
    fs.rmSync(site, {recursive: true});
  });
});
