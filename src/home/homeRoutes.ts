/** The public pages: the front page, the public statistics, and the icon browsers ask every site for. */
export const HOME_ROUTE = {
  home: '/',
  /** Counts per service area and kind per half-year, small counts suppressed. */
  statistics: '/statistik',
  favicon: '/favicon.ico',
} as const;
