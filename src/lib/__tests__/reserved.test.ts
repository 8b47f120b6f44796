import {checkPhone} from '../rules/phone';
import {
  isGeographicAreaCode,
  isReservedHost,
  isReservedPhone,
  usesReservedValue,
} from '../rules/reserved';

describe('reserved example values (RFC 2606, NANP 555-01XX)', () => {
  it.each(['example.org', 'hotline.example.com', 'a.b.example.net', 'site.test', 'x.example'])(
    '%s is reserved',
    (host) => {
      expect(isReservedHost(host)).toBe(true);
    },
  );
  it.each(['example.org.evil.com', 'notexample.org', 'exampleorg.com', 'ilrc.org'])(
    '%s is not reserved',
    (host) => {
      expect(isReservedHost(host)).toBe(false);
    },
  );
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

  describe('555-01XX is fictitious only under a geographic area code (F12)', () => {
    it.each([
      ['612', 'Minneapolis'],
      ['212', 'New York'],
      ['416', 'Toronto'],
      ['876', 'Jamaica'],
      ['868', 'Trinidad, whose plan lists no 555'],
    ])('+1 %s (%s) is geographic', (npa) => {
      expect(isGeographicAreaCode(npa)).toBe(true);
      expect(isReservedPhone(`+1${npa}5550142`)).toBe(true);
    });

    it.each([
      ['800', 'toll-free'],
      ['833', 'toll-free'],
      ['844', 'toll-free'],
      ['855', 'toll-free'],
      ['866', 'toll-free'],
      ['877', 'toll-free'],
      ['888', 'toll-free'],
      ['900', 'premium rate'],
      ['500', 'personal'],
      ['521', 'personal'],
      ['533', 'personal'],
      ['544', 'personal'],
      ['566', 'personal'],
      ['577', 'personal'],
      ['588', 'personal'],
      ['600', 'Canadian non-geographic'],
      ['622', 'Canadian personal'],
      ['700', 'carrier services'],
      ['710', 'US government'],
      ['456', 'international inbound'],
      ['555', 'unassigned'],
      ['211', 'service code'],
      ['911', 'emergency'],
      ['822', 'reserved toll-free'],
      ['880', 'reserved toll-free'],
      ['999', 'unassigned'],
      ['099', 'not an area code'],
      ['12', 'not three digits'],
    ])(
      '+1 %s (%s) is not, and a 555-01XX number under it gets every check of a real number',
      (npa) => {
        expect(isGeographicAreaCode(npa)).toBe(false);
        expect(isReservedPhone(`+1${npa}5550142`)).toBe(false);
        expect(usesReservedValue(`+1${npa}5550142`)).toBe(false);
      },
    );

    it('refuses the premium, personal and unassigned ones as checkPhone refuses real numbers there', () => {
      expect(checkPhone('+19005550142')?.message).toContain('premium-rate');
      expect(checkPhone('+15005550100')?.message).toContain('personal number');
      expect(checkPhone('+16225550100')?.message).toContain('personal number');
      expect(checkPhone('+15555550100')?.message).toContain('not a valid phone number');
      expect(checkPhone('+17005550100')?.message).toContain('not a valid phone number');
      // Toll-free is a real line there: accepted as a real number, so a sample entry may not use it.
      expect(checkPhone('+18885550100')).toBeNull();
    });
  });
});
