import { phoneNumberOf, phoneNumberTextForms } from '../../../src/domain';
import { checkPersonQuery } from '../../../src/personalData/personQuery';

describe('a phone number for a register extract', () => {
  it.each([
    ['070-123 45 67', '+46701234567'],
    ['0701234567', '+46701234567'],
    ['+46 70 123 45 67', '+46701234567'],
    ['0046701234567', '+46701234567'],
    ['070 123 45 67', '+46701234567'],
    ['08-123 456 78', '+46812345678'],
    ['+358 40 1234567', '+358401234567'],
    ['0900-123 45 67', '+469001234567'],
    ['070-12', null],
    ['karin@example.se', null],
  ])('%s → %s', (input, expected) => {
    expect(phoneNumberOf(input)).toBe(expected);
  });

  it.each([
    ['+46701234567', ['+46701234567', '0701234567']],
    ['+358401234567', ['+358401234567']],
  ])('%s is looked for in stored text as %j', (e164, forms) => {
    expect(phoneNumberTextForms(e164)).toEqual(forms);
  });
});

describe('the extract form', () => {
  it.each([
    [{ phone: ' 070-123 45 67 ', email: '', caseIds: [] }, { ok: true, query: { phone: '+46701234567', email: null, caseIds: [] } }],
    [{ phone: '', email: ' Karin.Andersson@Example.se ', caseIds: [] }, { ok: true, query: { phone: null, email: 'karin.andersson@example.se', caseIds: [] } }],
    [{ phone: '', email: '', caseIds: [7, 3, 7] }, { ok: true, query: { phone: null, email: null, caseIds: [3, 7] } }],
    [{ phone: '070', email: '', caseIds: [] }, { ok: false, problem: '070 är inget telefonnummer. Skriv till exempel 070-123 45 67.' }],
    [{ phone: '', email: 'karin@example', caseIds: [] }, { ok: false, problem: 'karin@example är ingen e-postadress.' }],
  ])('%j', (input, expected) => {
    expect(checkPersonQuery(input)).toEqual(expected);
  });
});
