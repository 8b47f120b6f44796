import fs from 'node:fs';
import path from 'node:path';
import {anglesCannotBeMarkup, checkInterfaceTranslations} from '../interfaceTranslations';
import {checkPlainText} from '../../rules/plainText';
import {parseJsonSource} from '../../jsonSource';

/**
 * Interface translation files (i18n/<locale>/**.json) are page text: every
 * message passes the prose rules, at its line and column.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const json = (entries: Record<string, unknown>) => JSON.stringify(entries, null, 2);
const check = (file: string, text: string) => checkInterfaceTranslations([{file, text}]);
const rules = (file: string, message: string) =>
  check(file, json({id: {message}})).map((problem) => problem.rule);

describe('interface translation messages', () => {
  it.each([
    [
      'markup',
      'Sanctuary Commons <meta http-equiv="refresh" content="0;url=https://evil.example.net/">',
      'angle-bracket',
    ],
    ['a closing script tag', 'Guías</script>', 'angle-bracket'],
    ['a chat invite', 'Únete: https://chat.whatsapp.com/AbCdEfGhIjK', 'chat-invite'],
    ['a phone number', 'Llama al (612) 555-7788', 'phone-in-prose'],
    ['an e-mail address', 'Escribe a alguien@gmail.com', 'email-in-prose'],
  ])('refuse %s in a footer label, as prose does', (_what, message, rule) => {
    const found = rules('i18n/es/docusaurus-theme-classic/footer.json', message);
    expect(found).toContain(rule);
    // The same rules as prose: whatever checkPlainText reports on the text is reported here.
    expect(found).toEqual(
      checkPlainText(message, {file: 'x', line: 1, column: 1, field: 'x'}).map(
        (problem) => problem.rule,
      ),
    );
  });

  it('reports the line and column of the value and names the message id', () => {
    const text =
      '{\n  "link.item.label.Directory": {\n    "message": "Call (612) 555-7788",\n    "description": "Footer link"\n  }\n}\n';
    expect(check('i18n/fr/docusaurus-theme-classic/footer.json', text)).toEqual([
      expect.objectContaining({
        file: 'i18n/fr/docusaurus-theme-classic/footer.json',
        line: 3,
        column: 16,
        field: 'link.item.label.Directory.message',
        rule: 'phone-in-prose',
      }),
    ]);
  });

  it('refuses invisible and text-direction characters in a message', () => {
    expect(
      check('i18n/es/code.json', json({id: {message: 'Línea de ayuda \u202Egnp.exe'}})),
    ).toEqual([
      expect.objectContaining({
        field: 'id.message',
        rule: 'invisible-character',
        message: expect.stringContaining('U+202E RIGHT-TO-LEFT OVERRIDE'),
      }),
    ]);
  });

  it('checks every message of every file, whatever its name (options.json, current.json, a new plugin file)', () => {
    for (const file of [
      'i18n/es/docusaurus-plugin-content-blog/options.json',
      'i18n/es/docusaurus-plugin-content-docs/current.json',
      'i18n/fr/some-plugin/other.json',
    ]) {
      expect(rules(file, 'Blog <b>')).toEqual(['angle-bracket']);
    }
  });

  it('accepts a reserved example contact in help text, and only that', () => {
    expect(rules('i18n/es/code.json', 'Escribe el número con +, p. ej. +16125550142.')).toEqual([]);
    expect(
      rules(
        'i18n/es/code.json',
        'Escribe una dirección como contacto@tu-organizacion.example.org.',
      ),
    ).toEqual([]);
    expect(
      rules('i18n/es/code.json', 'Escribe una dirección como contacto@tu-organizacion.org.'),
    ).toEqual(['email-in-prose']);
    // A real number is not excused by an example beside it.
    expect(rules('i18n/es/code.json', 'p. ej. +16125550142, o llama al (612) 333-4455')).toEqual([
      'phone-in-prose',
      'phone-in-prose',
    ]);
  });

  it('accepts < and > in code.json only where they cannot be markup: a lone sign or a path placeholder', () => {
    expect(
      rules('i18n/es/code.json', '“{text}” contiene < o >, que podrían salirse de los metadatos.'),
    ).toEqual([]);
    expect(rules('i18n/es/code.json', 'Ciudad (cities.json, directory/<city>/_city.yml)')).toEqual(
      [],
    );
    expect(rules('i18n/es/code.json', 'Hola <img src=x onerror=alert(1)>')).toEqual([
      'angle-bracket',
    ]);
    expect(rules('i18n/es/code.json', 'directory/<city>/<script>')).toEqual(['angle-bracket']);
    expect(rules('i18n/es/code.json', 'a <!-- comment -->')).toEqual(['angle-bracket']);
    expect(rules('i18n/es/code.json', 'a </city>')).toEqual(['angle-bracket']);
    // Plugin files also feed structured data and the theme's HTML: no exception there.
    expect(rules('i18n/es/docusaurus-theme-classic/navbar.json', 'directory/<city>')).toEqual([
      'angle-bracket',
    ]);
  });

  it('reads a full-width ＜ as <', () => {
    expect(anglesCannotBeMarkup('＜img src=x＞')).toBe(false);
    expect(anglesCannotBeMarkup('1 < 2 and 3 > 2')).toBe(true);
  });

  it('lets a translator note mention < and > but refuses an invite in it', () => {
    expect(
      check(
        'i18n/es/code.json',
        json({id: {message: 'Texto', description: 'Problem: < or > in a text'}}),
      ),
    ).toEqual([]);
    expect(
      check(
        'i18n/es/code.json',
        json({id: {message: 'Texto', description: 'Ask in https://chat.whatsapp.com/AbCdEfGhIjK'}}),
      ),
    ).toEqual([expect.objectContaining({field: 'id.description', rule: 'chat-invite'})]);
  });

  it('refuses what is not a Docusaurus translation file: unknown keys, a message that is not text, a list', () => {
    const found = check(
      'i18n/es/code.json',
      json({a: {message: 'A', extra: 'x'}, b: {message: 3}}),
    );
    expect(found.map((problem) => [problem.field, problem.rule])).toEqual([
      ['a.extra', 'schema'],
      ['b.message', 'schema'],
    ]);
    expect(found[0]!.fix).toContain('message, description');
    expect(check('i18n/es/navbar.json', '["a"]').map((problem) => problem.rule)).toEqual([
      'schema',
    ]);
  });

  it('reports JSON syntax errors at their place, including what JSON.parse would accept silently (a duplicate key)', () => {
    const at = (text: string) =>
      check('i18n/es/code.json', text).map((problem) => [
        problem.line,
        problem.column,
        problem.rule,
      ]);
    expect(at('{\n  "a": {"message": "x"}\n  "b": {"message": "y"}\n}\n')).toEqual([
      [3, 3, 'json-syntax'],
    ]);
    expect(at('{\n  // note\n  "a": {"message": "x"}\n}')).toEqual([[2, 3, 'json-syntax']]);
    expect(at('{"a": {"message": "x"},\n}')).toEqual([[2, 1, 'json-syntax']]);
    expect(at('{"a": {"message": "x"},\n "a": {"message": "<b>"}}')).toEqual([
      [2, 2, 'json-syntax'],
      [2, 19, 'angle-bracket'],
    ]);
    expect(at('')).toEqual([[1, 1, 'json-syntax']]);
  });

  it('checks same-as-english.json: a list of message ids of the same locale', () => {
    const files = [
      {file: 'i18n/es/code.json', text: json({'home.title': {message: 'Sanctuary Commons'}})},
      {
        file: 'i18n/es/same-as-english.json',
        text: '[\n  "code.json#home.title",\n  "code.json#gone"\n]',
      },
      {file: 'i18n/fr/same-as-english.json', text: '{"code.json#home.title": true}'},
    ];
    expect(
      checkInterfaceTranslations(files).map((problem) => [
        problem.file,
        problem.line,
        problem.severity,
        problem.rule,
      ]),
    ).toEqual([
      ['i18n/es/same-as-english.json', 3, 'warning', 'same-as-english'],
      ['i18n/fr/same-as-english.json', 1, 'error', 'schema'],
    ]);
  });

  it('passes on the real Spanish and French files', () => {
    const files = ['es', 'fr'].flatMap((locale) =>
      fs
        .readdirSync(path.join(ROOT, 'i18n', locale), {recursive: true, encoding: 'utf8'})
        .filter((name) => name.endsWith('.json'))
        .map((name) => `i18n/${locale}/${name.split(path.sep).join('/')}`),
    );
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(
      checkInterfaceTranslations(
        files.map((file) => ({file, text: fs.readFileSync(path.join(ROOT, file), 'utf8')})),
      ),
    ).toEqual([]);
  });
});

describe('parseJsonSource', () => {
  it('locates scalars at their value, objects and arrays at their key, missing entries at the nearest parent', () => {
    const source = parseJsonSource(
      'x.json',
      '{\n  "k": {\n    "message": "hello"\n  },\n  "o": {"x": [1, {"y": 2}]}\n}',
    );
    expect(source.locate(['k', 'message'])).toEqual({line: 3, column: 16});
    expect(source.locate(['k'])).toEqual({line: 2, column: 3});
    expect(source.locate(['o', 'x', 1, 'y'])).toEqual({line: 5, column: 24});
    expect(source.locate(['k', 'missing'])).toEqual({line: 2, column: 3});
  });
});
