import type { Config } from '../../config/config';
import { developmentSecret } from '../../config/developmentSecret';

export const DEV_CHAT_SECRET_FILE = 'chat-token-secret';

/**
 * The secret that signs chat tokens: CHAT_TOKEN_SECRET, or in development a random one kept in the data folder,
 * so that tokens outlive a restart. Production without it never gets here (the config refuses it).
 */
export function chatTokenSecret(config: Pick<Config, 'chat' | 'dataDir' | 'isProduction'>): string {
  if (config.chat.tokenSecret) return config.chat.tokenSecret;
  if (config.isProduction) throw new Error('CHAT_TOKEN_SECRET is required in production');
  return developmentSecret(config.dataDir, DEV_CHAT_SECRET_FILE);
}
