/** One caller's answers, from the menu to the confirmation: a complaint with a callback on their own number. */
export const CALL_ANSWERS: Record<string, string>[] = [
  { Digits: '1' }, { Digits: '1' }, { Digits: '1' },
  { SpeechResult: 'Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.' },
  { Digits: '#' }, { Digits: '#' }, { Digits: '2' }, { Digits: '2' }, { Digits: '1' },
  { SpeechResult: 'Karin Andersson' }, { Digits: '1' }, { Digits: '1' }, { Digits: '1' },
];
