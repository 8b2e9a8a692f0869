/** A step that did not go through; `permanent` when trying again cannot help (Twilio does not have the recording). */
export class RecordingTransferError extends Error {
  override readonly name = 'RecordingTransferError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  /** Twilio's REST API for the configured region and edge, e.g. https://api.dublin.ie1.twilio.com (src/config). */
  apiBaseUrl: string;
}

/** What arrived for a recording's media, as Twilio sent it. */
export interface FetchedAudio {
  bytes: Buffer;
  contentType: string;
  /** The Content-Length Twilio announced, when it did. */
  announcedLength: number | null;
}

/** Twilio's recordings, as the copier uses them: fetch the audio, delete the recording. */
export interface RecordingsApi {
  fetchAudio(accountSid: string, recordingSid: string): Promise<FetchedAudio>;
  deleteRecording(accountSid: string, recordingSid: string): Promise<void>;
}

/** Larger than any voice message the phone line records (<Record maxLength> is minutes of 8 kHz WAV). */
const MAX_AUDIO_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
// Twilio answers 404 for a recording it does not have; 401/403/429/5xx may pass once credentials or Twilio recover.
const PERMANENT_STATUSES = new Set([400, 404, 410]);

/**
 * Twilio's REST API with the account's credentials (HTTP Basic), at the host of the configured region and edge.
 * The URLs are built from the account and recording ids, never taken from a request: a webhook's RecordingUrl
 * could name any host, and the credentials must go to Twilio alone.
 */
export function twilioRecordingsApi(account: TwilioAccount): RecordingsApi {
  const authorization = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;
  const url = (accountSid: string, recordingSid: string, ending: string) =>
    `${account.apiBaseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Recordings/${encodeURIComponent(recordingSid)}${ending}`;

  async function call(method: 'GET' | 'DELETE', target: string): Promise<Response> {
    try {
      // Twilio answers the media request with a redirect to a short-lived signed address; fetch drops the
      // Authorization header when the redirect leaves Twilio's host.
      return await fetch(target, { method, headers: { Authorization: authorization }, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (err) {
      throw new RecordingTransferError(`Twilio could not be reached: ${(err as Error).message}`, false);
    }
  }

  async function refused(response: Response, what: string): Promise<RecordingTransferError> {
    const body = (await response.text().catch(() => '')).slice(0, 300);
    return new RecordingTransferError(`Twilio answered ${response.status} to ${what}${body ? `: ${body}` : ''}`, PERMANENT_STATUSES.has(response.status));
  }

  return {
    async fetchAudio(accountSid, recordingSid) {
      const response = await call('GET', url(accountSid, recordingSid, '.wav'));
      if (!response.ok) throw await refused(response, 'the request for the audio');
      const announced = response.headers.get('content-length');
      const announcedLength = announced !== null && /^\d+$/.test(announced) ? Number(announced) : null;
      if (announcedLength !== null && announcedLength > MAX_AUDIO_BYTES) {
        await response.body?.cancel();
        throw new RecordingTransferError(`the audio is ${announcedLength} bytes, more than the ${MAX_AUDIO_BYTES} a voice message can be`, true);
      }
      const bytes = await readAtMost(response, MAX_AUDIO_BYTES);
      return { bytes, contentType: response.headers.get('content-type') ?? '', announcedLength };
    },
    async deleteRecording(accountSid, recordingSid) {
      const response = await call('DELETE', url(accountSid, recordingSid, '.json'));
      // 404: already gone (an earlier DELETE went through, its answer was lost).
      if (response.ok || response.status === 404) {
        await response.body?.cancel();
        return;
      }
      throw await refused(response, 'the DELETE');
    },
  };
}

async function readAtMost(response: Response, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > max) throw new RecordingTransferError(`the audio is more than the ${max} bytes a voice message can be`, true);
      chunks.push(Buffer.from(chunk));
    }
  } catch (err) {
    if (err instanceof RecordingTransferError) throw err;
    throw new RecordingTransferError(`the audio was cut off: ${(err as Error).message}`, false);
  }
  return Buffer.concat(chunks);
}
