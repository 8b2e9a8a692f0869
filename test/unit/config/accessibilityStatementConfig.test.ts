import { ConfigError, loadConfig } from '../../../src/config/config';

/** The first problem loadConfig names for an environment, or null when it loads. */
function problemOf(env: Record<string, string>): string | null {
  try {
    loadConfig(env);
    return null;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.problems[0] ?? null;
  }
}

describe("the accessibility statement's settings", () => {
  it('are all empty by default: the page then points to customer service', () => {
    expect(loadConfig({}).accessibilityStatement).toEqual({ organisation: null, email: null, phone: null, reviewedOn: null, shortcomings: { sv: [], en: [] } });
  });

  it('read the contact, the date and the shortcomings, one item per |', () => {
    const config = loadConfig({
      ACCESSIBILITY_ORGANISATION: ' Exempelby kommun ',
      ACCESSIBILITY_CONTACT_EMAIL: 'tillganglighet@exempelby.example',
      ACCESSIBILITY_CONTACT_PHONE: '0123-45 67 00',
      ACCESSIBILITY_REVIEWED: '2026-11-27',
      ACCESSIBILITY_SHORTCOMINGS_SV: 'PDF-blanketterna är inte tillgängliga |  | Filmerna saknar syntolkning, än så länge ',
      ACCESSIBILITY_SHORTCOMINGS_EN: 'The PDF forms are not accessible',
    });
    expect(config.accessibilityStatement).toEqual({
      organisation: 'Exempelby kommun',
      email: 'tillganglighet@exempelby.example',
      phone: '0123-45 67 00',
      reviewedOn: '2026-11-27',
      shortcomings: { sv: ['PDF-blanketterna är inte tillgängliga', 'Filmerna saknar syntolkning, än så länge'], en: ['The PDF forms are not accessible'] },
    });
  });

  it.each([
    ['ACCESSIBILITY_REVIEWED', '27/11/2026', /ACCESSIBILITY_REVIEWED must be the date of the last review .*YYYY-MM-DD/],
    ['ACCESSIBILITY_REVIEWED', '2026-02-30', /ACCESSIBILITY_REVIEWED must be the date/],
    ['ACCESSIBILITY_CONTACT_EMAIL', 'tillganglighet', /ACCESSIBILITY_CONTACT_EMAIL must be one e-mail address/],
    ['ACCESSIBILITY_CONTACT_PHONE', 'ring oss', /ACCESSIBILITY_CONTACT_PHONE must be a phone number/],
    ['ACCESSIBILITY_ORGANISATION', 'x'.repeat(121), /ACCESSIBILITY_ORGANISATION must be at most 120 characters/],
  ])('refuse %s=%s with a message that says what to set', (name, value, message) => {
    expect(problemOf({ [name]: value })).toMatch(message);
  });
});
