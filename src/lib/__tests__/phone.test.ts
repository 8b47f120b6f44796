import {
  checkPhone,
  describePhone,
  isDomesticPhone,
  PHONE_COST_FIX,
  PHONE_LINE_FIX,
} from '../rules/phone';

/** Numbers here are fixtures, never published. */
describe('checkPhone', () => {
  it.each([
    ['+1 612 555 0142', 'spaces'],
    ['+1-612-555-0142', 'dashes'],
    ['+１６１２５５５０１４２', 'full-width digits'],
    ['16125550142', 'no +'],
    ['+1612555014\u200B2', 'an invisible character'],
  ])('refuses %s (%s) as not E.164', (value) => {
    expect(checkPhone(value)?.message).toBe(`"${value}" is not in E.164 form.`);
  });

  it.each([
    ['+19005551234', 'premium-rate', PHONE_COST_FIX],
    ['+80812345678', 'shared-cost', PHONE_COST_FIX],
    ['+979123456789', 'premium-rate', PHONE_COST_FIX],
    ['+870773111632', 'satellite phone number (+870 Inmarsat', PHONE_LINE_FIX],
    ['+881612345678', 'satellite phone number', PHONE_LINE_FIX],
    ['+882161234567', 'international network (+882, +883)', PHONE_LINE_FIX],
    ['+883140012345', 'international network (+882, +883)', PHONE_LINE_FIX],
    ['+447012345678', 'personal number', PHONE_LINE_FIX],
    ['+15005550006', 'personal number', PHONE_LINE_FIX],
    ['+15332345678', 'personal number', PHONE_LINE_FIX],
    ['+447640123456', 'pager number', PHONE_LINE_FIX],
    ['+41860123456789', 'voicemail access number', PHONE_LINE_FIX],
    ['+445512345678', 'universal access number', PHONE_LINE_FIX],
  ])('refuses %s: a %s', (value, what, fix) => {
    const problem = checkPhone(value);
    expect(problem?.message).toContain(what);
    expect(problem?.message.startsWith(`"${value}" `)).toBe(true);
    expect(problem?.fix).toBe(fix);
  });

  it.each([
    ['+16125551234', 'a US fixed-line or mobile number'],
    ['+18002345678', 'NANP toll-free'],
    ['+442079460123', 'a UK fixed line'],
    ['+445612345678', 'a UK location-independent VoIP number (billed like a geographic one)'],
    ['+525512345678', 'a Mexico City number'],
    ['+80012345678', 'international freephone (+800: the country rule decides)'],
    ['+16125550142', 'a NANP fictitious number (the reserved-value rule decides)'],
  ])('accepts %s, %s', (value) => {
    expect(checkPhone(value)).toBeNull();
  });

  it('still refuses invalid numbers', () => {
    expect(checkPhone('+16120000000')?.message).toBe('"+16120000000" is not a valid phone number.');
  });
});

describe('describePhone (unchanged: the bots use it)', () => {
  it('types the satellite codes SATELLITE and gives the grouped form', () => {
    expect(describePhone('+881612345678')).toEqual({
      country: undefined,
      callingCode: '881',
      type: 'SATELLITE',
      international: '+881 6 123 45678',
    });
    expect(describePhone('+18765551234')).toEqual({
      country: 'JM',
      callingCode: '1',
      type: 'MOBILE',
      international: '+1 876 555 1234',
    });
  });

  it('gives each caller its own copy of what it remembers', () => {
    const facts = describePhone('+18765551234');
    facts.country = 'ZZ';
    expect(describePhone('+18765551234').country).toBe('JM');
    const problem = checkPhone('+19005551234')!;
    problem.message = 'changed';
    expect(checkPhone('+19005551234')!.message).toContain('premium-rate');
  });
});

describe('isDomesticPhone', () => {
  it("reads the number in the city's own plan, not the first region of its calling code", () => {
    expect(isDomesticPhone('+18002345678', 'CA')).toBe(true);
    expect(isDomesticPhone('+18765551234', 'US')).toBe(false);
    expect(isDomesticPhone('+18765551234', 'JM')).toBe(true);
  });

  it('is false for another calling code, a country with no plan, or a value that does not parse', () => {
    expect(isDomesticPhone('+16125551234', 'MX')).toBe(false);
    expect(isDomesticPhone('+16125551234', 'UK')).toBe(false);
    expect(isDomesticPhone('+16125551234', 'AQ')).toBe(false);
    expect(isDomesticPhone('not a number', 'US')).toBe(false);
  });
});
