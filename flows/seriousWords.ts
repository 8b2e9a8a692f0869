/**
 * Words that may mean a missförhållande (Lex Sarah / Lex Maria). A resident cannot file such a report,
 * but what they tell can be the ground for one, so a case that mentions them is flagged for assessment
 * at once. Matched as whole words in the conversation's language: Swedish "hit" means "here", and
 * English "dog" is an animal. Inflected forms are listed because matching is on whole words.
 */
import type { WordList } from '../src/flow/flowTypes';

export const DEFAULT_SERIOUS_WORDS: WordList = {
  sv: [
    'far illa', 'farit illa', 'for illa', 'slagen', 'slog', 'slagit', 'slår', 'övergrepp', 'övergreppet',
    'hot', 'hota', 'hotad', 'hotade', 'hotat', 'hotar', 'vanvård', 'vanvårdad', 'försummad', 'försummelse',
    'skadad', 'skadade', 'skadat', 'skada', 'skadan', 'avliden', 'avled', 'dog', 'död', 'misshandel',
    'misshandlad', 'misshandlade', 'misshandlat', 'sparkad', 'sparkade', 'knuffad', 'knuffade', 'fallit',
    'föll', 'blåmärken', 'sexuella', 'trakasserad', 'bunden', 'inlåst', 'fel medicin', 'felmedicinering',
    'fått fel medicin', 'svälter', 'uttorkad',
  ],
  en: [
    'abuse', 'abused', 'neglect', 'neglected', 'hit', 'beaten', 'struck', 'kicked', 'pushed', 'injured',
    'injury', 'hurt', 'harmed', 'died', 'dead', 'death', 'threat', 'threatened', 'threatening', 'assault',
    'assaulted', 'fell', 'fallen', 'bruises', 'locked in', 'tied up', 'wrong medication', 'wrong medicine',
    'starving', 'dehydrated', 'harassed',
  ],
  // Finnish, matched as whole words like the others; inflected forms are listed.
  fi: [
    'kaatui', 'kaatunut', 'lyöty', 'lyönyt', 'löi', 'hakattu', 'uhkasi', 'uhkaillut', 'uhattu', 'laiminlyönti', 'laiminlyöty',
    'väärä lääke', 'väärää lääkettä', 'vääriä lääkkeitä', 'lääkkeet jäivät', 'kuoli', 'kuollut', 'loukkaantui', 'loukkaantunut',
    'mustelmia', 'mustelma', 'pahoinpitely', 'pahoinpidelty', 'hyväksikäyttö', 'lukittu', 'sidottu', 'nälkää', 'nälässä',
    'kuivunut', 'makasi lattialla', 'jätettiin yksin', 'ahdistelu', 'ahdisteltu',
  ],
};
