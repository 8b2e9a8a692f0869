import { createTwimlRenderer, renderTwiml } from '../../../src/channels/voice/twiml';
import type { Reply } from '../../../src/conversation/reply';

const BASE = 'https://synpunkt.kommun.test';

const ask = (turn: number, text: string): Reply => ({
  turn,
  language: 'sv',
  say: [{ kind: 'text', text }],
  ask: { step: 'area', input: 'choice', hints: ['äldreomsorg'] } as Reply['ask'],
  ending: 'ask',
  caseReference: null,
});
const goodbye = (caseReference: string): Reply => ({
  turn: 14,
  language: 'sv',
  say: [{ kind: 'text', text: 'Ditt ärendenummer är' }, { kind: 'caseReference' }],
  ask: null,
  ending: 'end',
  caseReference,
});

const replies: [string, Reply][] = [
  ['a question', ask(3, 'Vilket område gäller det?')],
  ['the same question on another turn', ask(4, 'Vilket område gäller det?')],
  ['another question', ask(3, 'Vad hände?')],
  ['a goodbye with a case number', goodbye('2026-00001')],
  ['a goodbye with another case number', goodbye('2026-00002')],
  ['in English', { ...ask(3, 'Which area?'), language: 'en' }],
  ['a transfer', { ...goodbye('2026-00003'), ending: 'transfer' }],
];

describe('the remembering TwiML renderer', () => {
  it.each(replies)('answers %s exactly as building it anew does, the first time and again', (_name, reply) => {
    const render = createTwimlRenderer(BASE);
    expect(render(reply)).toBe(renderTwiml(reply, BASE));
    expect(render(reply)).toBe(renderTwiml(reply, BASE));
  });

  it('never answers one reply with another’s TwiML, also past its size when it forgets', () => {
    const render = createTwimlRenderer(BASE, 4);
    for (let round = 0; round < 3; round++) {
      for (const [, reply] of replies) expect(render(reply)).toBe(renderTwiml(reply, BASE));
    }
    expect(render(goodbye('2026-00001'))).toContain('2 0 2 6');
    expect(render(goodbye('2026-00001'))).not.toBe(render(goodbye('2026-00002')));
  });

  it('keys on what the reply holds, not on the object', () => {
    const render = createTwimlRenderer(BASE);
    const reply = ask(5, 'Vad hände?');
    const first = render(reply);
    reply.say = [{ kind: 'text', text: 'Något annat' }];
    expect(render(reply)).not.toBe(first);
    expect(render(reply)).toBe(renderTwiml(reply, BASE));
  });
});
