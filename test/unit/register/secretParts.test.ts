import { MASKED, maskedHistory, maskedParts, SECRET_PARTS } from '../../../src/register/secretParts';
import type { CaseEvent } from '../../../src/register/caseEvents';

const marks = (parts: (typeof SECRET_PARTS)[number][]) => ({ parts, markedBy: 'agent:berit', markedAt: new Date('2026-11-30T09:00:00Z') });

describe('the parts a copy for release masks', () => {
  it.each([
    ['nothing marked: the contact data only', false, null, ['contact']],
    ['what marked', false, marks(['what']), ['what', 'contact']],
    ['handling and when/where marked', false, marks(['handling', 'when_where']), ['when_where', 'handling', 'contact']],
    ['a confidential case, nothing marked: every part', true, null, SECRET_PARTS],
    ['a confidential case, one part marked: still every part', true, marks(['what']), SECRET_PARTS],
  ] as const)('%s', (_name, confidential, m, expected) => {
    expect(maskedParts(confidential, m)).toEqual(expected);
  });
});

describe('the history in a copy', () => {
  const events: CaseEvent[] = [
    { at: new Date('2026-11-25T09:00:00Z'), actor: 'resident:phone', action: 'registered', details: { kind: 'klagomal' } },
    { at: new Date('2026-11-26T09:00:00Z'), actor: 'agent:berit', action: 'note_added', details: { note: 'Ringde dottern Eva.' } },
    { at: new Date('2026-11-27T09:00:00Z'), actor: 'agent:berit', action: 'status_changed', details: { from: 'routed', to: 'answered', measures: 'Samtal med personalen.', answer: 'Vi beklagar.' } },
  ];

  it('replaces notes, measures and answers with [sekretess] when handling is masked, and keeps the rest', () => {
    const masked = maskedHistory(events, ['handling', 'contact']);
    expect(masked.map((e) => e.details)).toEqual([
      { kind: 'klagomal' },
      { note: MASKED },
      { from: 'routed', to: 'answered', measures: MASKED, answer: MASKED },
    ]);
    expect(JSON.stringify(masked)).not.toMatch(/Eva|personalen|beklagar/);
  });

  it('shows them as written when handling is not masked', () => {
    expect(maskedHistory(events, ['contact'])).toEqual(events);
  });
});
