import {parse} from 'parse5';
import {escapeJsonForScript, scriptSafeJson} from '../scriptSafeJson';
import {inlineScripts} from '../inlineScripts';

/** Values a contributed title or label could hold, if the validator ever let one through. */
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<!--<script>',
  '<!-- --!> </SCRIPT ><img src=x onerror=alert(1)>',
  'a & b > c < d',
  '\\</script>',
  'line\u2028separator\u2029paragraph',
  '"quoted" \\ back\\slash \u0000 \t',
  'émigré 移民 مهاجر 🙂',
];

describe('scriptSafeJson', () => {
  it.each(HOSTILE)('writes %j as JSON that parses to the same value and has no < > &', (value) => {
    const data = {'@type': 'Thing', name: value, list: [value, {nested: value}]};
    const json = scriptSafeJson(data);
    expect(JSON.parse(json)).toEqual(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('keeps the value inside its script element when the page is parsed as a browser parses it', () => {
    const data = {name: HOSTILE.join(' ')};
    const html = `<!doctype html><html><head><script type="application/ld+json">${scriptSafeJson(data)}</script></head><body><p>after</p></body></html>`;
    type Node = {tagName?: string; value?: string; childNodes?: Node[]};
    const document = parse(html) as unknown as Node;
    const head = document.childNodes![1]!.childNodes![0]!;
    expect(head.childNodes!.map((node) => node.tagName)).toEqual(['script']);
    expect(JSON.parse(head.childNodes![0]!.childNodes![0]!.value!)).toEqual(data);
    expect(inlineScripts(html)).toEqual([]);
  });

  it('writes undefined as null', () => {
    expect(scriptSafeJson(undefined)).toBe('null');
  });
});

describe('escapeJsonForScript', () => {
  it('escapes JSON text of any layout without changing its value (escape sequences before < are kept)', () => {
    const text = JSON.stringify({a: '\\<', b: ['</script>', '&amp;'], c: 1}, null, 2);
    const escaped = escapeJsonForScript(text);
    expect(JSON.parse(escaped)).toEqual(JSON.parse(text));
    expect(escaped).toContain('"\\\\\\u003c"');
    expect(escaped).not.toMatch(/[<>&]/);
  });

  it('leaves JSON without those characters exactly as it was', () => {
    const text = '{"a": [1, 2.5e3, true, null, "x"]}';
    expect(escapeJsonForScript(text)).toBe(text);
  });
});
