import { normaliseReference } from '../../../src/register/findCase';
import { checkPhoneNumber, phoneNumberForReading } from '../../../src/domain';

describe('phone numbers', () => {
  it.each([
    ['070-123 45 67', '+46701234567'],
    ['0701234567', '+46701234567'],
    ['+46 70 123 45 67', '+46701234567'],
    ['0046701234567', '+46701234567'],
    ['08-123 456 78', '+46812345678'],
    ['+4792345678', '+4792345678'],
  ])('accepts %s as %s', (input, e164) => {
    expect(checkPhoneNumber(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['112', 'invalid'],
    ['1234', 'invalid'],
    ['070-12', 'invalid'],
    ['hej', 'invalid'],
    ['0900-123456', 'refused_type'],
    ['0939-123456', 'refused_type'],
    ['077-123 45 67', 'refused_type'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(checkPhoneNumber(input)).toEqual({ ok: false, reason });
  });

  it.each([
    ['+46701234567', '070-123 45 67'],
    ['+46812345678', '08-123 456 78'],
    ['+4792345678', '+47 92 34 56 78'],
  ])('writes %s as %s for reading back', (e164, written) => {
    expect(phoneNumberForReading(e164)).toBe(written);
  });
});

describe('case numbers as people say them', () => {
  it.each([
    ['2026-00042', '2026-00042'],
    ['2026-42', '2026-00042'],
    ['2026 42', '2026-00042'],
    ['202600042', '2026-00042'],
    [' 2026 – 00042 ', '2026-00042'],
    ['2026\u201100042', '2026-00042'],
    ['2026\u221200042', '2026-00042'],
    ['2026-99999', '2026-99999'],
    ['2026-100000', '2026-100000'],
    ['2026-0100000', '2026-100000'],
    ['2026100000', '2026-100000'],
    ['2026 100001', '2026-100001'],
    ['2026-1234567', '2026-1234567'],
    ['2026-000000042', '2026-00042'],
    ['hello', null],
    ['26-42', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseReference(input)).toBe(expected);
  });
});
