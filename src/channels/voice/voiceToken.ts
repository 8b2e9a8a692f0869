import type { Config } from '../../config/config';
import { developmentSecret } from '../../config/developmentSecret';

export const DEV_TOKEN_FILE = 'twilio-dev-token';

/**
 * The token that signs voice webhooks: TWILIO_AUTH_TOKEN, or in development a random one kept in the data folder
 * so that `npm run call` can sign requests. Production without a token never gets here (the config refuses it).
 */
export function voiceAuthToken(config: Pick<Config, 'twilio' | 'dataDir' | 'isProduction'>): string {
  if (config.twilio.authToken) return config.twilio.authToken;
  if (config.isProduction) throw new Error('TWILIO_AUTH_TOKEN is required in production');
  return developmentSecret(config.dataDir, DEV_TOKEN_FILE);
}
