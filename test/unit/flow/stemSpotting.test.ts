import type { StemmedWords } from '../../../src/flow/flowTypes';
import { checkEntries, GAP_WORDS, spotStemmed, WordEntryError } from '../../../src/flow/stemSpotting';
import { DEFAULT_SERIOUS_WORDS } from '../../../flows/seriousWords';

const sv = (...entries: string[]): StemmedWords => ({ stem: DEFAULT_SERIOUS_WORDS.sv.stem, entries });

describe('hearing words by their stems', () => {
  test.each([
    ['a word in other forms', sv('ramla'), 'Hon ramlade i går, hon har ramlat förut och hon ramlar ofta', 'ramla'],
    ['upper case and composed letters', sv('blåmärke'), 'BLA\u030AMÄRKEN på armen', 'blåmärke'],
    ['an exact word', sv('=slagen'), 'Han blev slagen', '=slagen'],
    ['an exact word, not its stem', sv('=slagen'), 'Det var ett slags missförstånd', null],
    ['letters are not boundaries', sv('hot'), 'Vi gick åhot', null],
    ['a phrase of neighbours', sv('låg på golvet'), 'hon låg på golvet', 'låg på golvet'],
    ['a phrase with a word between', sv('låg på golvet'), 'hon låg ända på golvet', null],
    ['a gap', sv('glömde … medicin'), 'De glömde att ge pappa hans medicin', 'glömde … medicin'],
    ['a gap too long', sv('glömde … medicin'), 'De glömde att ringa och fråga om hans nya medicin', null],
    ['the order of a phrase', sv('glömde … medicin'), 'medicinen glömde de', null],
    ['alternatives in one place', sv('glömde|missade … tabletter|medicin'), 'de missade tabletterna', 'glömde|missade … tabletter|medicin'],
    ['"..." for "…"', sv('fel ... medicin'), 'fick fel sorts medicin', 'fel ... medicin'],
    ['a later start when the first fails', sv('inte … fått medicin'), 'inte det, hon har inte fått medicin', 'inte … fått medicin'],
  ])('%s', (_name, words, text, heard) => {
    expect(spotStemmed(text, words)).toBe(heard);
  });

  test(`"…" lets exactly ${GAP_WORDS} other words stand between`, () => {
    const between = (n: number) => ['glömde', ...Array.from({ length: n }, () => 'och'), 'medicin'].join(' ');
    expect(spotStemmed(between(GAP_WORDS), sv('glömde … medicin'))).not.toBeNull();
    expect(spotStemmed(between(GAP_WORDS + 1), sv('glömde … medicin'))).toBeNull();
  });

  test.each(['… medicin', 'glömde …', 'glömde … … medicin', '   ', 'fel medicin!', 'a||b', 'med=icin'])('refuses the entry "%s" with a message', (entry) => {
    expect(() => checkEntries(sv(entry))).toThrow(WordEntryError);
  });
});
