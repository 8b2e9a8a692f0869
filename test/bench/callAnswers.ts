/** One caller's answers, from the menu to the confirmation: a complaint with a callback on their own number. */
export const CALL_ANSWERS: Record<string, string>[] = [
  { Digits: '1' }, { Digits: '1' }, { Digits: '1' },
  { SpeechResult: 'Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.' },
  // "#" ends the account, then skips when/where and the consequences; "min mamma" already says on whose behalf.
  { Digits: '#' }, { Digits: '#' }, { Digits: '#' }, { Digits: '2' }, { Digits: '1' },
  // Name, the calling number confirmed, the first of three callback days, the morning, then "Skicka".
  { SpeechResult: 'Karin Andersson' }, { Digits: '1' }, { Digits: '1' }, { Digits: '1' }, { Digits: '1' },
];
