import type {Problem} from '../../problems';
import {fieldAncestors, fieldDomId, mapProblemsToFields} from '../fieldErrors';

const at = (field: string, line = 1): Problem => ({
  severity: 'error',
  file: 'f',
  line,
  column: 1,
  field,
  rule: 'schema',
  message: 'm',
  fix: 'x',
  code: 'schema.empty',
  values: {field},
});

describe('field errors', () => {
  it("lists a path's parents nearest first", () => {
    expect(fieldAncestors('channels[0].languages[1]')).toEqual([
      'channels[0].languages[1]',
      'channels[0].languages',
      'channels[0]',
      'channels',
    ]);
    expect(fieldAncestors('name')).toEqual(['name']);
  });
  it('places each problem at the nearest field the form has, the rest in the summary', () => {
    const problems = [
      at('channels[0].value'),
      at('languages[2]'),
      at('summary.en'),
      at('(file)'),
      at('front matter.cities[0]'),
      at('body', 30),
    ];
    const fields = ['channels[0].value', 'languages', 'summary.en', 'cities', 'sections.steps'];
    const mapped = mapProblemsToFields(problems, fields, {
      prefix: 'front matter.',
      byLine: (line) => (line >= 20 && line < 40 ? 'sections.steps' : undefined),
    });
    expect(
      Object.fromEntries(
        Object.entries(mapped.byField).map(([key, list]) => [
          key,
          list.map((problem) => problem.field),
        ]),
      ),
    ).toEqual({
      'channels[0].value': ['channels[0].value'],
      languages: ['languages[2]'],
      'summary.en': ['summary.en'],
      cities: ['front matter.cities[0]'],
      'sections.steps': ['body'],
    });
    expect(mapped.unplaced.map((problem) => problem.field)).toEqual(['(file)']);
  });
  it('makes DOM ids usable in selectors', () => {
    expect(fieldDomId('org', 'channels[10].value')).toBe('org-channels-10-value');
    expect(fieldDomId('pb', 'sections.when')).toBe('pb-sections-when');
  });
});
