import { descriptionQuery, likeEscaped, searchTermsOf } from '../../../src/register/searchTerms';

describe('what an agent typed, understood as one kind of search', () => {
  it.each([
    ['2026', { kind: 'reference', year: '2026', digits: '' }],
    ['2026 2', { kind: 'reference', year: '2026', digits: '2' }],
    ['2026-00042', { kind: 'reference', year: '2026', digits: '00042' }],
    [' 2026 – 42 ', { kind: 'reference', year: '2026', digits: '42' }],
    ['202600042', { kind: 'reference', year: '2026', digits: '00042' }],
    ['070-123 45 67', { kind: 'phone', e164Prefix: '+46701234567' }],
    ['0701234567', { kind: 'phone', e164Prefix: '+46701234567' }],
    ['070-12', { kind: 'phone', e164Prefix: '+467012' }],
    ['+46 70 123', { kind: 'phone', e164Prefix: '+4670123' }],
    ['0046 70-123', { kind: 'phone', e164Prefix: '+4670123' }],
    ['+46 (0)70 123', { kind: 'phone', e164Prefix: '+4670123' }],
    ['08-123 456', { kind: 'phone', e164Prefix: '+468123456' }],
    ['Karin.Andersson@Example.se', { kind: 'email', prefix: 'karin.andersson@example.se' }],
    ['karin@', { kind: 'email', prefix: 'karin@' }],
    ['Karin Andersson', { kind: 'words', words: ['karin', 'andersson'] }],
    ['hemtjänsten kom inte', { kind: 'words', words: ['hemtjänsten', 'kom', 'inte'] }],
    ["kar' OR 1=1; --", { kind: 'words', words: ['kar', 'or', '1'] }],
    ['karin\u0000@example.se', { kind: 'email', prefix: 'karin@example.se' }],
  ])('%j', (typed, terms) => {
    expect(searchTermsOf(typed)).toEqual(terms);
  });

  it.each(['', '   ', 'ka', '0', '+46', '+4', '%_'])('too little to search for: %j', (typed) => {
    expect(searchTermsOf(typed)).toBeNull();
  });

  it('takes wildcards literally and builds a full-text query of letters and digits only', () => {
    expect(likeEscaped('a%b_c\\')).toBe('a\\%b\\_c\\\\');
    expect(descriptionQuery(['hemtjänsten', 'kom'])).toBe('hemtjänsten & kom:*');
  });
});
