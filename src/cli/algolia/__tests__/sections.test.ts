import {splitDocument} from '../sections';

const doc = (body: string) =>
  `---\ntitle: "A playbook"\ndescription: "One sentence."\n---\n\n${body}`;

describe('splitDocument', () => {
  it('splits at ## headings and keeps deeper headings inside their section', () => {
    const {frontMatter, sections} = splitDocument(
      doc(
        'Opening words.\n\n## When to use\n\nWhen it rains.\n\n### Details\n\nMore.\n\n## Steps\n\n1. First step.\n2. Second step.\n',
      ),
    );
    expect(frontMatter.title).toBe('A playbook');
    expect(sections).toEqual([
      {heading: null, anchor: null, text: 'Opening words.'},
      {heading: 'When to use', anchor: 'when-to-use', text: 'When it rains.\nDetails\nMore.'},
      // List items stay separate lines instead of running together.
      {heading: 'Steps', anchor: 'steps', text: 'First step.\nSecond step.'},
    ]);
  });

  it('gives the heading ids Docusaurus gives: duplicates numbered, explicit {#id} kept, accents kept, punctuation dropped', () => {
    const {sections} = splitDocument(
      doc(
        '## Steps\n\na\n\n### Steps\n\nb\n\n## Steps\n\nc\n\n## Pasos a seguir {#pasos}\n\nd\n\n## ¿Cuándo usarlo?\n\ne\n',
      ),
    );
    expect(sections.map((s) => [s.heading, s.anchor])).toEqual([
      ['Steps', 'steps'],
      // "### Steps" took steps-1.
      ['Steps', 'steps-2'],
      ['Pasos a seguir', 'pasos'],
      ['¿Cuándo usarlo?', 'cuándo-usarlo'],
    ]);
  });

  it('leaves out an empty opening and tolerates missing front matter', () => {
    const {frontMatter, sections} = splitDocument(
      '## Only\n\nText with `code` and [a link](https://example.org).\n',
    );
    expect(frontMatter).toEqual({});
    expect(sections).toEqual([
      {heading: 'Only', anchor: 'only', text: 'Text with code and a link.'},
    ]);
  });
});
