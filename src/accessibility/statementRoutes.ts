/** The accessibility statement's addresses, in Swedish and English; the chat page, the widget and the front page link here. */
export const STATEMENT_ROUTE = {
  sv: '/tillganglighet',
  en: '/en/accessibility',
} as const;

export type StatementLanguage = keyof typeof STATEMENT_ROUTE;

/** The statement for a page's language: Swedish, or English for English; other languages get the Swedish one. */
export function statementFor(language: string): { href: string; language: StatementLanguage } {
  return language === 'en' ? { href: STATEMENT_ROUTE.en, language: 'en' } : { href: STATEMENT_ROUTE.sv, language: 'sv' };
}

/** Where DIGG, the supervising authority under DOS-lagen, takes reports that a public service is not accessible. */
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';
