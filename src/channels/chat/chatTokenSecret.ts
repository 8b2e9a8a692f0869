import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config';

export const DEV_CHAT_SECRET_FILE = 'chat-token-secret';

/**
 * The secret that signs chat tokens: CHAT_TOKEN_SECRET, or in development a random one kept in the data folder,
 * so that tokens outlive a restart. Production without it never gets here (the config refuses it).
 */
export function chatTokenSecret(config: Pick<Config, 'chat' | 'dataDir' | 'isProduction'>): string {
  if (config.chat.tokenSecret) return config.chat.tokenSecret;
  if (config.isProduction) throw new Error('CHAT_TOKEN_SECRET is required in production');
  const file = path.join(config.dataDir, DEV_CHAT_SECRET_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another process wrote it first: use theirs.
    return fs.readFileSync(file, 'utf8').trim();
  }
}
