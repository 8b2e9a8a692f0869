import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config';

export const DEV_TOKEN_FILE = 'twilio-dev-token';

/**
 * The token that signs voice webhooks: TWILIO_AUTH_TOKEN, or in development a random one kept in the data folder
 * so that `npm run call` can sign requests. Production without a token never gets here (the config refuses it).
 */
export function voiceAuthToken(config: Pick<Config, 'twilio' | 'dataDir' | 'isProduction'>): string {
  if (config.twilio.authToken) return config.twilio.authToken;
  if (config.isProduction) throw new Error('TWILIO_AUTH_TOKEN is required in production');
  const file = path.join(config.dataDir, DEV_TOKEN_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const token = randomBytes(24).toString('hex');
  try {
    fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return token;
  } catch {
    // Another process wrote it first: use theirs.
    return fs.readFileSync(file, 'utf8').trim();
  }
}
