import {toString} from 'mdast-util-to-string';
import {extractPlaybookSections} from '../playbookSections';
import type {PlaybookSectionKey} from '../taxonomy';

const FRONT = '---\ntitle: T\n---\n\nIntro text before any section.\n\n';

const text = (section: {tree: Parameters<typeof toString>[0]} | undefined) =>
  section ? toString(section.tree) : undefined;

describe('extractPlaybookSections', () => {
  it('maps the five headings to their keys, with the content up to the next "##"', () => {
    const result = extractPlaybookSections(
      `${FRONT}## When to use\n\nWhen A.\n\n### A sub-heading\n\nStill when.\n\n## Steps\n\n1. One\n2. Two\n\n## Roles and resources\n\nRoles.\n\n## Risks and safeguards\n\nRisks.\n\n## What we learned\n\nLearned.\n\n## Sources\n\n- [ILRC](https://www.ilrc.org/)\n`,
    );
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(text(result.sections.when)).toBe('When A.A sub-headingStill when.');
    expect(text(result.sections.steps)).toBe('OneTwo');
    expect(text(result.sections.learned)).toBe('Learned.');
    expect(text(result.sections.sources)).toBe('ILRC');
    expect(result.sections.when!.heading).toBe('When to use');
    expect(result.sections.when!.line).toBe(7);
    // Front matter and the intro belong to no section.
    expect(
      Object.values(result.sections)
        .map((section) => text(section))
        .join(' '),
    ).not.toMatch(/Intro|title/);
  });

  it('reports a missing required section and leaves its key empty', () => {
    const result = extractPlaybookSections(
      '## When to use\n\nW.\n\n## Steps\n\nS.\n\n## What we learned\n\nL.\n',
    );
    expect(result.missing).toEqual(['roles', 'risks']);
    expect(result.sections.roles).toBeUndefined();
    expect(text(result.sections.learned)).toBe('L.');
  });

  it('keeps extra sections aside instead of mixing them into a compared one', () => {
    const result = extractPlaybookSections(
      '## When to use\n\nW.\n\n## Budget\n\nMoney.\n\n## Steps\n\nS.\n',
    );
    expect(result.extra.map((section) => section.heading)).toEqual(['Budget']);
    expect(text(result.extra[0])).toBe('Money.');
    expect(text(result.sections.when)).toBe('W.');
    expect(text(result.sections.steps)).toBe('S.');
  });

  it('keeps the first of two sections with the same heading and sets the second aside', () => {
    const result = extractPlaybookSections('## Steps\n\nFirst.\n\n## steps \n\nSecond.\n');
    expect(text(result.sections.steps)).toBe('First.');
    expect(result.extra.map((section) => text(section))).toEqual(['Second.']);
  });

  it('matches headings in another language when given their mapping', () => {
    const spanish: Record<string, PlaybookSectionKey> = {
      'cuándo usarlo': 'when',
      pasos: 'steps',
      'funciones y recursos': 'roles',
      'riesgos y salvaguardas': 'risks',
      'lo que aprendimos': 'learned',
    };
    const result = extractPlaybookSections(
      '## Cuándo usarlo\n\nC.\n\n## Pasos\n\nP.\n\n## Funciones y recursos\n\nF.\n\n## Riesgos y salvaguardas\n\nR.\n\n## Lo que aprendimos\n\nA.\n',
      spanish,
    );
    expect(result.missing).toEqual([]);
    expect(text(result.sections.steps)).toBe('P.');
    // With the English mapping the same file has none of the sections.
    expect(extractPlaybookSections('## Pasos\n\nP.\n').missing).toEqual([
      'when',
      'steps',
      'roles',
      'risks',
      'learned',
    ]);
  });

  it('does not modify a tree passed in', () => {
    const first = extractPlaybookSections('## Steps\n\nS.\n');
    first.sections.steps!.tree.children.length = 0;
    expect(text(extractPlaybookSections('## Steps\n\nS.\n').sections.steps)).toBe('S.');
  });
});
