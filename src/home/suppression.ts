/**
 * Small counts are not published: one to four cases of a kind in an area in a half-year could point to a person.
 * Zero reveals no one and is shown as it is; five and more as they are.
 */
export const SUPPRESSED_BELOW = 5;

export type PublishedCount = { kind: 'count'; value: number } | { kind: 'fewerThan'; value: typeof SUPPRESSED_BELOW };

export function publishedCount(count: number): PublishedCount {
  return count > 0 && count < SUPPRESSED_BELOW ? { kind: 'fewerThan', value: SUPPRESSED_BELOW } : { kind: 'count', value: count };
}
