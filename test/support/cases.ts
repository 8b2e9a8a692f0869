import type { NewCaseInput } from '../../src/register/newCase';

/** A complete complaint as a resident would leave it by phone, with a callback. */
export function phoneComplaint(overrides: Partial<NewCaseInput> = {}): NewCaseInput {
  return {
    kind: 'klagomal',
    area: 'aldreomsorg',
    channel: 'phone',
    what: 'Hemtjänsten kom inte på tisdagen och min mamma fick ingen mat.',
    whenWhere: 'Tisdag förmiddag, hemma på Storgatan.',
    consequences: 'Hon var hungrig hela dagen.',
    onBehalf: 'relative',
    anonymous: false,
    replyMethod: 'phone',
    contact: { name: 'Karin Andersson', phone: '+46701234567', email: null },
    language: 'sv',
    source: { callSid: null, conversationId: null, recordingUrl: null, agent: null },
    callback: {
      phone: '+46701234567',
      window: 'morning',
      windowStart: new Date('2026-11-26T07:00:00Z'),
      windowEnd: new Date('2026-11-26T11:00:00Z'),
    },
    ...overrides,
  };
}

export function anonymousPraise(overrides: Partial<NewCaseInput> = {}): NewCaseInput {
  return {
    kind: 'berom',
    area: 'stod_och_service',
    channel: 'chat',
    what: 'Personalen på gruppbostaden är fantastisk.',
    anonymous: true,
    language: 'sv',
    ...overrides,
  };
}
