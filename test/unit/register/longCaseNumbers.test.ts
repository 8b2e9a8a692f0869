import { renderReply } from '../../../src/channels/chat/chatRendering';
import { renderTwiml } from '../../../src/channels/voice/twiml';
import { digitsForSpeech } from '../../../src/channels/voice/speech';
import type { Reply } from '../../../src/conversation/reply';

const goodbye = (caseReference: string): Reply => ({
  turn: 12,
  language: 'sv',
  say: [{ kind: 'text', text: 'Ditt ärendenummer är' }, { kind: 'caseReference' }, { kind: 'text', text: 'Hej då.' }],
  ask: null,
  ending: 'end',
  caseReference,
});

describe('a case number read out on the phone', () => {
  it.each([
    ['2026-00042', '2 0 2 6, 0 0 0 4 2'],
    ['2026-99999', '2 0 2 6, 9 9 9 9 9'],
    ['2026-100000', '2 0 2 6, 1 0 0 0 0 0'],
    ['2026-1234567', '2 0 2 6, 1 2 3 4 5 6 7'],
  ])('%s is said digit by digit, every digit: %s', (reference, said) => {
    expect(digitsForSpeech(reference)).toBe(said);
  });

  it('says a six-digit number whole in the goodbye TwiML', () => {
    const twiml = renderTwiml(goodbye('2026-100000'), 'https://synpunkt.kommun.test');
    expect(twiml).toContain('>2 0 2 6, 1 0 0 0 0 0</Say>');
  });
});

describe('a case number shown in the chat', () => {
  it('shows a six-digit number whole, in the text (with a hyphen no line breaks at) and in the ending', () => {
    const activities = renderReply(goodbye('2026-100000'), { kind: 'text', text: 'Skicka' }, { customerServicePhone: null });
    expect(activities[0]!.text).toBe('Ditt ärendenummer är 2026\u2011100000.');
    expect(activities.at(-1)!.channelData).toEqual({ ending: 'end', caseReference: '2026-100000' });
  });
});
