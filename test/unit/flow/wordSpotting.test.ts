import { mentionsAny } from '../../../src/flow/wordSpotting';

describe('words in what residents say, as whole words, case-insensitively', () => {
  test.each([
    { text: 'Jag vill KLAGA', words: ['klaga'], found: true },
    { text: 'Börja\nom', words: ['börja om'], found: true },
    { text: 'Vi gick hitåt', words: ['hit'], found: false },
    { text: 'åhot', words: ['hot'], found: false },
    { text: 'Det var ett hot.', words: ['hot'], found: true },
    { text: 'slagen', words: [], found: false },
  ])('"$text" in $words → $found', ({ text, words, found }) => {
    expect(mentionsAny(text, words)).toBe(found);
  });
});
