import { DEFAULT_SERIOUS_WORDS } from '../../../flows/seriousWords';
import { mentionsAny } from '../../../src/flow/wordSpotting';

describe('serious words, as whole words, case-insensitively', () => {
  test.each([
    { text: 'Min mamma blev SLAGEN i går', language: 'sv', serious: true },
    { text: 'Övergrepp på boendet', language: 'sv', serious: true },
    { text: 'Jag tror att han far\nilla där', language: 'sv', serious: true },
    { text: 'Hon var oslagen i kortspel', language: 'sv', serious: false },
    { text: 'Personalen kom hit för sent', language: 'sv', serious: false },
    { text: 'Vi gick hitåt', language: 'sv', serious: false },
    { text: 'Maten var kall', language: 'sv', serious: false },
    { text: 'He was hit by a carer.', language: 'en', serious: true },
    { text: 'They neglected her', language: 'en', serious: true },
    { text: 'My dog was welcome there', language: 'en', serious: false },
    { text: 'The soup was hot', language: 'en', serious: false },
  ] as const)('$language "$text" → $serious', ({ text, language, serious }) => {
    expect(mentionsAny(text, DEFAULT_SERIOUS_WORDS[language])).toBe(serious);
  });

  test('Swedish letters are letters, not boundaries', () => {
    expect(mentionsAny('hitåt', ['hit'])).toBe(false);
    expect(mentionsAny('åhot', ['hot'])).toBe(false);
    expect(mentionsAny('Det var ett hot.', ['hot'])).toBe(true);
  });

  test('an empty list finds nothing', () => {
    expect(mentionsAny('slagen', [])).toBe(false);
  });
});
