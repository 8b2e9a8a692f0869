import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the parts of Twilio's REST API the service uses without a call, for the terminal phone and
 * the tests: it serves each recording's audio (a real WAV) and deletes it, and takes text messages (Messages.json),
 * only to the account's credentials (HTTP Basic), and remembers every request, so a test can see what was fetched,
 * deleted and sent, and when.
 */
export interface StandInRequest {
  method: string;
  path: string;
  /** The request carried the account's own credentials. */
  authorized: boolean;
  at: number;
}

/** A text message the stand-in accepted, as Twilio would have sent it. */
export interface StandInMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
}

export interface TwilioApiStandIn {
  url: string;
  accountSid: string;
  requests: StandInRequest[];
  /** Text messages accepted through POST …/Messages.json, in order. */
  messages: StandInMessage[];
  /** Keeps a recording (by default a 400 ms tone) and returns its sid. */
  addRecording(audio?: Buffer): string;
  /** Whether the stand-in still holds the recording (a DELETE removes it). */
  has(recordingSid: string): boolean;
  /** The next `count` requests are answered with this status and a Twilio-style error. */
  failNext(count: number, status?: number): void;
  /** The next audio request announces the whole length but sends half, then drops the connection. */
  cutOffNext(): void;
  /** The next audio request gets these bytes instead of the recording (a garbled copy, say). */
  serveInsteadNext(bytes: Buffer): void;
  /** Called when a DELETE arrives, before it is carried out: a test looks at the database at that moment. */
  onDelete(check: (recordingSid: string) => Promise<void> | void): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  accountSid: string;
  authToken: string;
  port?: number;
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/;
const E164 = /^\+[1-9]\d{6,14}$/;
// Twilio refuses a body over 1600 characters (error 21617).
const MAX_BODY = 1600;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const RECORDING_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Recordings\/(RE[0-9a-f]{32})(\.wav|\.json)?$/;

export async function startTwilioApiStandIn(options: StandInOptions): Promise<TwilioApiStandIn> {
  const recordings = new Map<string, Buffer>();
  const requests: StandInRequest[] = [];
  const messages: StandInMessage[] = [];
  const failures: number[] = [];
  let cutOff = false;
  let instead: Buffer | null = null;
  let deleteCheck: ((sid: string) => Promise<void> | void) | null = null;
  const expected = Buffer.from(`Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`);

  const twilioError = (res: http.ServerResponse, status: number, code: number, message: string) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0]!;
      const sent = Buffer.from(req.headers.authorization ?? '');
      const authorized = sent.length === expected.length && timingSafeEqual(sent, expected);
      requests.push({ method: req.method ?? '', path, authorized, at: Date.now() });
      const failure = failures.shift();
      if (failure) return twilioError(res, failure, failure === 404 ? 20404 : 20500, `stand-in failure ${failure}`);
      if (!authorized) return twilioError(res, 401, 20003, 'Authenticate');
      const messagesPath = MESSAGES_PATH.exec(path);
      if (messagesPath) {
        if (messagesPath[1] !== options.accountSid) return twilioError(res, 404, 20404, 'The requested resource was not found');
        if (req.method !== 'POST') return twilioError(res, 405, 20004, 'Method not allowed');
        if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return twilioError(res, 400, 20001, 'Expected a form-encoded body');
        const form = new URLSearchParams(await readBody(req));
        const [to, from, body] = [form.get('To') ?? '', form.get('From') ?? '', form.get('Body') ?? ''];
        if (!E164.test(to)) return twilioError(res, 400, 21211, "The 'To' number is not a valid phone number.");
        if (!E164.test(from)) return twilioError(res, 400, 21212, "The 'From' number is not a valid phone number.");
        if (!body) return twilioError(res, 400, 21602, 'Message body is required.');
        if (body.length > MAX_BODY) return twilioError(res, 400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
        const sid = `SM${randomBytes(16).toString('hex')}`;
        messages.push({ sid, to, from, body });
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ sid, account_sid: options.accountSid, to, from, body, status: 'queued' }));
        return;
      }
      const m = RECORDING_PATH.exec(path);
      if (!m || m[1] !== options.accountSid) return twilioError(res, 404, 20404, 'The requested resource was not found');
      const sid = m[2]!;
      const audio = recordings.get(sid);
      if (!audio) return twilioError(res, 404, 20404, `The requested resource /Recordings/${sid} was not found`);
      if (req.method === 'DELETE' && m[3] !== '.wav') {
        await deleteCheck?.(sid);
        recordings.delete(sid);
        res.writeHead(204).end();
        return;
      }
      if (req.method !== 'GET' || m[3] === '.json') return twilioError(res, 405, 20004, 'Method not allowed');
      if (cutOff) {
        cutOff = false;
        res.writeHead(200, { 'Content-Type': 'audio/x-wav', 'Content-Length': String(audio.length) });
        res.write(audio.subarray(0, Math.floor(audio.length / 2)), () => res.destroy());
        return;
      }
      const body = instead ?? audio;
      instead = null;
      res.writeHead(200, { 'Content-Type': 'audio/x-wav', 'Content-Length': String(body.length) });
      res.end(body);
    })().catch((err: unknown) => {
      if (!res.headersSent) twilioError(res, 500, 20500, String((err as Error).message));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accountSid: options.accountSid,
    requests,
    messages,
    addRecording(audio = toneWav(400)) {
      const sid = `RE${randomBytes(16).toString('hex')}`;
      recordings.set(sid, audio);
      return sid;
    },
    has: (sid) => recordings.has(sid),
    failNext(count, status = 500) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    cutOffNext: () => void (cutOff = true),
    serveInsteadNext: (bytes) => void (instead = bytes),
    onDelete: (check) => void (deleteCheck = check),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A real WAV file: `ms` milliseconds of a sine tone, 8 kHz 16-bit mono PCM, as Twilio's recordings are. */
export function toneWav(ms: number, hz = 440, sampleRate = 8000): Buffer {
  const samples = Math.round((sampleRate * ms) / 1000);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVE', 8, 'latin1');
  wav.write('fmt ', 12, 'latin1');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / sampleRate) * 12_000), 44 + i * 2);
  return wav;
}
