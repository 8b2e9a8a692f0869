import { ConfigError, loadConfig } from '../../../src/config/config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
};

describe('how a caller reaches a person (CUSTOMER_SERVICE_DIAL, TWILIO_WORKFLOW_SID, QUEUE_*)', () => {
  it.each([
    [{}, { kind: 'queue', longestWaitMinutes: 15, musicUrl: 'http://com.twilio.sounds.music.s3.amazonaws.com/MARKOVICHAMP-Borghestral.mp3' }],
    [{ QUEUE_LONGEST_WAIT_MINUTES: '5', QUEUE_MUSIC_URL: 'https://media.kommun.se/kö.mp3' }, { kind: 'queue', longestWaitMinutes: 5, musicUrl: 'https://media.kommun.se/kö.mp3' }],
    [{ CUSTOMER_SERVICE_DIAL: '+4687000000' }, { kind: 'dial', target: '+4687000000', ringSeconds: 30 }],
    [{ CUSTOMER_SERVICE_DIAL: 'sip:kundtjanst@pbx.kommun.se', CUSTOMER_SERVICE_RING_SECONDS: '20' }, { kind: 'dial', target: 'sip:kundtjanst@pbx.kommun.se', ringSeconds: 20 }],
    [{ TWILIO_WORKFLOW_SID: `WW${'0f'.repeat(16)}` }, { kind: 'taskRouter', workflowSid: `WW${'0f'.repeat(16)}` }],
  ])('%j → %j', (env, setup) => {
    expect(loadConfig(env).customerService).toEqual(setup);
  });

  it.each([
    [{ CUSTOMER_SERVICE_DIAL: '08-700 00 00' }, 'CUSTOMER_SERVICE_DIAL must be a number in E.164 (+4687000000) or a SIP address (sip:kundtjanst@pbx.kommun.se) (got "08-700 00 00")'],
    [{ TWILIO_WORKFLOW_SID: 'WW123' }, 'TWILIO_WORKFLOW_SID must look like WW followed by 32 hex digits (got "WW123")'],
    [{ CUSTOMER_SERVICE_RING_SECONDS: '600' }, 'CUSTOMER_SERVICE_RING_SECONDS must be a whole number from 5 to 120 (got "600")'],
    [{ QUEUE_LONGEST_WAIT_MINUTES: '0' }, 'QUEUE_LONGEST_WAIT_MINUTES must be a whole number from 1 to 120 (got "0")'],
    [
      { CUSTOMER_SERVICE_DIAL: '+4687000000', TWILIO_WORKFLOW_SID: `WW${'0f'.repeat(16)}` },
      'CUSTOMER_SERVICE_DIAL and TWILIO_WORKFLOW_SID are both set: choose one way to reach customer service (the switchboard or Twilio Flex) and leave the other empty',
    ],
  ])('refuses %j', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem]);
  });
});
