/** The front page and the icon browsers ask every site for. */
export const HOME_ROUTE = {
  home: '/',
  favicon: '/favicon.ico',
} as const;
