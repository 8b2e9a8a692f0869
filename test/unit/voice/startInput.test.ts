/**
 * Normalising the caller's number is the voice channel's job: the engine takes the start input's number as given.
 */
import { startInput, twilioCallSchema } from '../../../src/channels/voice/twilioRequest';

const CALL_SID = `CA${'0'.repeat(32)}`;
const start = (From?: string) => startInput(twilioCallSchema.parse({ CallSid: CALL_SID, ...(From === undefined ? {} : { From }) }));

describe("the caller's number at the start of a call", () => {
  test.each([
    ['an E.164 mobile number', '+46701234567', '+46701234567'],
    ['a Swedish number as dialled', '070-123 45 67', '+46701234567'],
    ['00 for +', '0046812345678', '+46812345678'],
    ['a withheld number', 'anonymous', null],
    ["Twilio's placeholder for an unknown caller", '+266696687', null],
    ['a premium-rate line', '+46900123456', null],
    ['no From at all', undefined, null],
  ] as const)('%s: %s', (_why, from, expected) => {
    expect(start(from)).toEqual({ kind: 'start', callerNumber: expected });
  });
});
