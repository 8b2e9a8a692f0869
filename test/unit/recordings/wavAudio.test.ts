import { toneWav } from '../../../src/cli/twilioApiStandIn';
import { twilioApiBaseUrl } from '../../../src/config/config';
import { checkWav } from '../../../src/recordings/wavAudio';

const tone = toneWav(400);

describe('a WAV file is checked whole before it is kept', () => {
  it('reads the duration of a whole file', () => {
    expect(checkWav(tone)).toEqual({ durationMs: 400, sampleRate: 8000, channels: 1, bitsPerSample: 16 });
    expect(checkWav(toneWav(2500, 300)).durationMs).toBe(2500);
  });

  const cutOff = tone.subarray(0, tone.length - 100);
  const padded = Buffer.concat([tone, Buffer.alloc(10)]);
  const notWav = Buffer.from(tone).fill(0x41, 0, 4);
  const dataTooLong = Buffer.from(tone);
  dataTooLong.writeUInt32LE(tone.length, 40);
  const dataFirst = Buffer.from(tone);
  dataFirst.write('junk', 12, 'latin1');
  it.each([
    ['cut off at the end', cutOff, /names 6444 bytes but 6344 arrived/],
    ['longer than its header says', padded, /names 6444 bytes but 6454 arrived/],
    ['not RIFF at all', notWav, /not a WAV file/],
    ['a data chunk past the end', dataTooLong, /runs past the end/],
    ['data before any format', dataFirst, /before a usable format/],
    ['too short to be WAV', tone.subarray(0, 20), /not a WAV file/],
  ])('refuses a file %s', (_what, bytes, message) => {
    expect(() => checkWav(bytes)).toThrow(message);
  });
});

describe("Twilio's REST API host follows the configured region and edge", () => {
  it.each([
    [null, null, 'https://api.twilio.com'],
    ['ie1', 'dublin', 'https://api.dublin.ie1.twilio.com'],
    ['de1', 'frankfurt', 'https://api.frankfurt.de1.twilio.com'],
    [null, 'dublin', 'https://api.dublin.us1.twilio.com'],
    ['ie1', null, 'https://api.ie1.twilio.com'],
  ])('region %s, edge %s: %s', (region, edge, url) => {
    expect(twilioApiBaseUrl(region, edge)).toBe(url);
  });
});
