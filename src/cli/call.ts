import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { voiceAuthToken } from '../channels/voice/voiceToken';
import { loadConfig } from '../config/config';
import { placeCall } from './phoneCall';

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
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = terminal[Symbol.asyncIterator]();
  process.stdout.write(`Ringer ${url} från ${values.from}. Svara med knappar (0-9, *, #) eller skriv det du säger; tom rad är tystnad, "lägg på" lägger på.\n\n`);
  const end = await placeCall({
    url,
    token,
    from: values.from,
    lang: values.lang,
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
}

main().catch((err: unknown) => {
  process.stderr.write(`npm run call: ${(err as Error).message}\n`);
  process.exit(1);
});
