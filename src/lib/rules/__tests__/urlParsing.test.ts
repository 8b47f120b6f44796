import {decodeSafely, parseUrl} from '../urlParsing';

describe('parseUrl', () => {
  it('reads an address as the browser does', () => {
    expect(parseUrl('https://ＥＸＡＭＰＬＥ.org\\a')?.href).toBe('https://example.org/a');
    expect(parseUrl('https://0x7f.1/')?.hostname).toBe('127.0.0.1');
    expect(parseUrl('https://known.org@other.example/')?.hostname).toBe('other.example');
  });

  it('gives null for text that is not an absolute address', () => {
    expect(parseUrl('www.example.org')).toBeNull();
    expect(parseUrl('/relative/path')).toBeNull();
    expect(parseUrl('https://exa mple.org/')).toBeNull();
    expect(parseUrl('')).toBeNull();
  });
});

describe('decodeSafely', () => {
  it('decodes percent escapes', () => {
    expect(decodeSafely('%2Fjoin%2F%E2%9C%93')).toBe('/join/✓');
  });

  it('keeps a malformed escape as written', () => {
    expect(decodeSafely('/a%E0%A4%A')).toBe('/a%E0%A4%A');
    expect(decodeSafely('100%')).toBe('100%');
  });
});
