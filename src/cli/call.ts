import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { voiceAuthToken } from '../channels/voice/voiceToken';
import { loadConfig } from '../config/config';
import { placeCall } from './phoneCall';
import { startTwilioApiStandIn, type TwilioApiStandIn } from './twilioApiStandIn';

/** How long the phone waits, after the call, for the service to copy a voice message and delete it at Twilio. */
const WAIT_FOR_COPY_MS = 20_000;

/** `npm run call [-- --from +46701234567 --lang sv|en --url http://localhost:3000 --token …]`: a phone in the terminal. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: '+46701234567' },
      lang: { type: 'string', default: 'sv' },
      url: { type: 'string' },
      token: { type: 'string' },
    },
  });
  if (values.lang !== 'sv' && values.lang !== 'en') throw new Error('--lang must be sv or en');
  const config = loadConfig();
  const url = values.url ?? config.publicBaseUrl;
  const token = values.token ?? voiceAuthToken(config);
  const standIn = await twilioStandInFor(config.twilio.apiBaseUrl, config.twilio.accountSid, token);
  const added: string[] = [];
  // The stand-in's voice message is a 400 ms tone: Twilio would report 0 whole seconds.
  const keep = (recordingSid: string) => (added.push(recordingSid), { recordingSid, seconds: 0 });
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = terminal[Symbol.asyncIterator]();
  process.stdout.write(`Ringer ${url} från ${values.from}. Svara med knappar (0-9, *, #) eller skriv det du säger; tom rad är tystnad, "lägg på" lägger på.\n\n`);
  const end = await placeCall({
    url,
    token,
    from: values.from,
    lang: values.lang,
    ...(standIn ? { recordings: { accountSid: standIn.accountSid, apiUrl: standIn.url, add: () => keep(standIn.addRecording()) } } : {}),
    caller: {
      hear: (text) => process.stdout.write(`  🔊 ${text}\n`),
      note: (text) => process.stdout.write(`  ${text}\n`),
      async answer(question) {
        process.stdout.write(`  ${question} > `);
        const next = await lines.next();
        if (next.done) return null;
        if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
        return next.value;
      },
    },
  });
  process.stdout.write(`\n(${end === 'hung up' ? 'du lade på' : end === 'queued for an agent' ? 'i kö till kundtjänst' : end === 'reached a person' ? 'du fick prata med kundtjänst' : 'samtalet slut'})\n`);
  terminal.close();
  if (standIn) {
    await reportCopies(standIn, added);
    await standIn.close();
  }
}

/**
 * With TWILIO_API_URL at a loopback address (and TWILIO_ACCOUNT_SID), the phone plays Twilio's REST API there too:
 * a voice message is a short real WAV the service copies and then deletes, as it would at Twilio.
 */
async function twilioStandInFor(apiBaseUrl: string, accountSid: string | null, authToken: string): Promise<TwilioApiStandIn | null> {
  const url = new URL(apiBaseUrl);
  if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return null;
  if (!accountSid) throw new Error('TWILIO_API_URL names a local stand-in: set TWILIO_ACCOUNT_SID too (the same as the service\'s), e.g. AC followed by 32 zeros');
  const standIn = await startTwilioApiStandIn({ accountSid, authToken, port: Number(url.port || 80) });
  process.stdout.write(`Twilios REST-API spelas på ${standIn.url}: röstmeddelanden är en kort ton som tjänsten hämtar och raderar.\n`);
  return standIn;
}

async function reportCopies(standIn: TwilioApiStandIn, recordingSids: string[]): Promise<void> {
  const until = Date.now() + WAIT_FOR_COPY_MS;
  while (recordingSids.some((sid) => standIn.has(sid)) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  for (const sid of recordingSids) {
    process.stdout.write(
      standIn.has(sid)
        ? `(röstmeddelandet ${sid} finns kvar hos Twilio-attrappen: tjänsten har inte hämtat och raderat det än; se ärendet)\n`
        : `(röstmeddelandet hämtades av tjänsten och raderades hos Twilio-attrappen)\n`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run call: ${(err as Error).message}\n`);
  process.exit(1);
});
