import twilio from 'twilio';
import { appendHandOver, taskAttributes } from '../../../src/channels/voice/personTwiml';
import type { HandOver } from '../../../src/channels/voice/personLine';
import type { CustomerServiceSetup } from '../../../src/config/config';

const BASE = 'https://synpunkt.kommun.test';
const CALL: HandOver = { reference: '2026-00042', kind: 'klagomal', area: 'stod_och_service', language: 'en', serious: true };

function handOver(setup: CustomerServiceSetup, callerNumber: string | null): string {
  const response = new twilio.twiml.VoiceResponse();
  appendHandOver(response, setup, CALL, callerNumber, BASE);
  return response.toString();
}

describe('the hand-over to customer service, per set-up', () => {
  it.each<[string, CustomerServiceSetup, string | null, string]>([
    [
      'a number',
      { kind: 'dial', target: '+4687000000', ringSeconds: 25 },
      '+46701234567',
      '<Response><Dial action="https://synpunkt.kommun.test/voice/person/dialed" method="POST" timeout="25" answerOnBridge="true" callerId="+46701234567"><Number>+4687000000</Number></Dial></Response>',
    ],
    [
      'a SIP address, no caller id to pass on',
      { kind: 'dial', target: 'sip:kundtjanst@pbx.kommun.se', ringSeconds: 30 },
      null,
      '<Response><Dial action="https://synpunkt.kommun.test/voice/person/dialed" method="POST" timeout="30" answerOnBridge="true"><Sip>sip:kundtjanst@pbx.kommun.se</Sip></Dial></Response>',
    ],
    [
      'the own queue',
      { kind: 'queue', longestWaitMinutes: 15, musicUrl: 'https://media.kommun.test/m.mp3' },
      '+46701234567',
      '<Response><Enqueue waitUrl="https://synpunkt.kommun.test/voice/person/wait" waitUrlMethod="POST" action="https://synpunkt.kommun.test/voice/person/left" method="POST">kundtjanst</Enqueue></Response>',
    ],
  ])('%s', (_name, setup, caller, expected) => {
    expect(handOver(setup, caller)).toBe(`<?xml version="1.0" encoding="UTF-8"?>${expected}`);
  });

  it('Flex: the task carries the number, kind, area, language and seriousness as JSON', () => {
    const twiml = handOver({ kind: 'taskRouter', workflowSid: `WW${'0'.repeat(32)}` }, '+46701234567');
    expect(twiml).toContain(`<Enqueue workflowSid="WW${'0'.repeat(32)}" action="https://synpunkt.kommun.test/voice/person/left" method="POST"><Task>`);
    expect(taskAttributes(CALL)).toEqual({ type: 'synpunkt', caseReference: '2026-00042', kind: 'klagomal', area: 'stod_och_service', language: 'en', serious: true });
    expect(twiml).not.toContain('+46701234567');
  });
});
