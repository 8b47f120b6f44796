import {isReservedHost, isReservedPhone, usesReservedValue} from '../rules/reserved';

describe('reserved example values (RFC 2606, NANP 555-01XX)', () => {
  it.each(['example.org', 'hotline.example.com', 'a.b.example.net', 'site.test', 'x.example'])('%s is reserved', (host) => {
    expect(isReservedHost(host)).toBe(true);
  });
  it.each(['example.org.evil.com', 'notexample.org', 'exampleorg.com', 'ilrc.org'])('%s is not reserved', (host) => {
    expect(isReservedHost(host)).toBe(false);
  });
  it('recognises NANP fictitious numbers only in 555-0100…0199', () => {
    expect(isReservedPhone('+16125550100')).toBe(true);
    expect(isReservedPhone('+13125550199')).toBe(true);
    expect(isReservedPhone('+16125550200')).toBe(false);
    expect(isReservedPhone('+16125551234')).toBe(false);
  });
  it('classifies channel values of every kind', () => {
    expect(usesReservedValue('help@northside.example.org')).toBe(true);
    expect(usesReservedValue('https://northside.example.org/form')).toBe(true);
    expect(usesReservedValue('+17205550131')).toBe(true);
    expect(usesReservedValue('https://www.ilrc.org/')).toBe(false);
    expect(usesReservedValue('info@ilrc.org')).toBe(false);
  });
});
