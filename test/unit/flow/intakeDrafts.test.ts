import { emptyAnswers, type IntakeAnswers } from '../../../flows/intakeAnswers';
import { incompleteDraft, registerDraft } from '../../../flows/intakeDrafts';
import { CHANNEL_CAPABILITIES } from '../../../src/domain';
import type { StepView } from '../../../src/flow/flowTypes';
import { newCaseSchema } from '../../../src/register/newCase';

const view = (answers: Partial<IntakeAnswers>, channel: 'phone' | 'chat' = 'phone'): StepView<IntakeAnswers> => ({
  answers: { ...emptyAnswers(), kind: 'klagomal', area: 'aldreomsorg', what: 'Ingen kom.', ...answers },
  language: 'sv',
  capabilities: CHANNEL_CAPABILITIES[channel],
  now: new Date('2026-11-27T10:00:00Z'),
  withinOpeningHours: true,
  callerNumber: '+46701234567',
});

const CALLBACK = { window: 'morning', day: '2026-11-30', windowStart: '2026-11-30T07:00:00.000Z', windowEnd: '2026-11-30T11:00:00.000Z' } as const;

describe('drafts for the register', () => {
  test('an anonymous case keeps no contact, reply, callback or receipt, even if some were given', () => {
    const draft = registerDraft(view({ anonymous: true, wantsReply: true, name: 'Anna', phone: '+46701234567', replyMethod: 'phone', callback: CALLBACK }));
    expect(draft).toMatchObject({ anonymous: true, contact: { name: null, phone: null, email: null }, replyMethod: null, callback: null, receiptPhone: null });
    expect(newCaseSchema.safeParse({ ...draft, channel: 'phone' }).success).toBe(true);
  });

  test('a reply by phone carries the callback wish and the receipt number', () => {
    const draft = registerDraft(view({ anonymous: false, wantsReply: true, phone: '+46701234567', replyMethod: 'phone', callback: CALLBACK }));
    const parsed = newCaseSchema.parse({ ...draft, channel: 'phone' });
    expect(parsed.callback).toEqual({ phone: '+46701234567', window: 'morning', windowStart: new Date(CALLBACK.windowStart), windowEnd: new Date(CALLBACK.windowEnd) });
    expect(parsed.receiptPhone).toBe('+46701234567');
    expect(parsed.status).toBe('registered');
  });

  test('the caller’s own number is not kept unless they gave it for a reply', () => {
    const draft = registerDraft(view({ anonymous: false, wantsReply: false }));
    expect(draft).toMatchObject({ contact: { phone: null }, receiptPhone: null, replyMethod: null });
  });

  test('an incomplete case needs something described; it never asks for a callback or a receipt', () => {
    expect(incompleteDraft(view({ what: null }))).toBeNull();
    const draft = incompleteDraft(view({ wantsReply: true, phone: '+46701234567', replyMethod: 'phone', callback: CALLBACK }, 'chat'));
    expect(draft).toMatchObject({ status: 'incomplete', callback: null, receiptPhone: null, contact: { phone: '+46701234567' } });
    // The channel is the conversation layer's to add: the flow never names it.
    expect(draft).not.toHaveProperty('channel');
    expect(newCaseSchema.safeParse({ ...draft, channel: 'chat' }).success).toBe(true);
  });
});
