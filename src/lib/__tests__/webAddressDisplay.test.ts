import {displayWebAddress} from '../webAddressDisplay';

describe('the host a website or form channel shows (issue 13: the card shows the real host)', () => {
  it('is the host the link opens, then the rest of the address', () => {
    expect(displayWebAddress('https://www.ilrc.org/red-cards')).toEqual({
      host: 'www.ilrc.org',
      rest: '/red-cards',
    });
    expect(displayWebAddress('https://www.ilrc.org/')).toEqual({host: 'www.ilrc.org', rest: ''});
    expect(displayWebAddress('https://forms.example.org/a/?lang=es#top')).toEqual({
      host: 'forms.example.org',
      rest: '/a?lang=es#top',
    });
  });

  it('is never the text before an "@", a look-alike spelling or a disguised host', () => {
    expect(displayWebAddress('https://www.ilrc.org@evil.example/red-cards')?.host).toBe(
      'evil.example',
    );
    expect(displayWebAddress('https://user:pass@evil.example/')?.host).toBe('evil.example');
    expect(displayWebAddress('https://аpple.com/')?.host).toBe('xn--pple-43d.com');
    expect(displayWebAddress('https://ＩＬＲＣ.org')?.host).toBe('ilrc.org');
    expect(displayWebAddress('https://chat%2Eexample%2Eorg/')?.host).toBe('chat.example.org');
    expect(displayWebAddress('https://ilrc.org:8443/x')?.host).toBe('ilrc.org:8443');
  });

  it('is null for a value that is not an address with a host', () => {
    expect(displayWebAddress('not a url')).toBeNull();
    expect(displayWebAddress('mailto:someone@ilrc.org')).toBeNull();
  });
});
