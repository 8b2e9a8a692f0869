import { DEFAULT_LANGUAGE, LANGUAGE_INFO, LANGUAGES, languageOfLocale, languagesFrom, nextLanguage } from '../../../src/domain';

describe('languages', () => {
  test.each(LANGUAGES)('%s: its own locale names it again', (language) => {
    expect(languageOfLocale(LANGUAGE_INFO[language].locale)).toBe(language);
  });

  test.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN_gb', 'en'],
    ['sv-SE', 'sv'],
    ['de-DE', DEFAULT_LANGUAGE],
    ['english', DEFAULT_LANGUAGE],
  ])('locale %s → %s', (locale, language) => expect(languageOfLocale(locale)).toBe(language));

  test('switching language goes round every language once', () => {
    const seen = [DEFAULT_LANGUAGE];
    for (let l = nextLanguage(DEFAULT_LANGUAGE); l !== DEFAULT_LANGUAGE; l = nextLanguage(l)) seen.push(l);
    expect([...seen].sort()).toEqual([...LANGUAGES].sort());
    expect(nextLanguage('sv')).toBe('en');
  });

  test("a choice is recognised in every language, the conversation's own first", () => {
    expect(languagesFrom('en')).toEqual(['en', 'sv', 'fi']);
    expect(languagesFrom('sv')).toEqual(['sv', 'en', 'fi']);
    expect(languagesFrom('fi')).toEqual(['fi', 'sv', 'en']);
  });
});
