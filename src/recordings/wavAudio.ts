/** What a WAV file's header says about itself: enough to tell a whole file from a cut-off or garbled one. */
export interface WavFacts {
  durationMs: number;
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
}

/** A WAV file that is not whole, or not WAV at all; the message says what is wrong. */
export class WavError extends Error {
  override readonly name = 'WavError';
}

/**
 * Reads a RIFF/WAVE file's chunks and checks that it is whole: the RIFF size names exactly the bytes there are,
 * a format chunk precedes the data, and the data chunk fits in the file. Returns the audio's duration.
 */
export function checkWav(bytes: Uint8Array): WavFacts {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 44 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WAVE') {
    throw new WavError('the audio is not a WAV file (no RIFF/WAVE header)');
  }
  const riffSize = b.readUInt32LE(4);
  if (riffSize + 8 !== b.length) throw new WavError(`the WAV header names ${riffSize + 8} bytes but ${b.length} arrived`);
  let format: { channels: number; sampleRate: number; byteRate: number; bitsPerSample: number } | null = null;
  for (let at = 12; at + 8 <= b.length; ) {
    const id = b.toString('latin1', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    const body = at + 8;
    if (body + size > b.length) throw new WavError(`the WAV chunk "${id}" runs past the end of the file`);
    if (id === 'fmt ' && size >= 16) {
      format = { channels: b.readUInt16LE(body + 2), sampleRate: b.readUInt32LE(body + 4), byteRate: b.readUInt32LE(body + 8), bitsPerSample: b.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!format || format.byteRate === 0) throw new WavError('the WAV data comes before a usable format chunk');
      return { durationMs: Math.round((size / format.byteRate) * 1000), sampleRate: format.sampleRate, channels: format.channels, bitsPerSample: format.bitsPerSample };
    }
    at = body + size + (size % 2);
  }
  throw new WavError('the WAV file has no data chunk');
}
