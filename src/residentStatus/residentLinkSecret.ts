import type { Config } from '../config/config';
import { developmentSecret } from '../config/developmentSecret';

export const DEV_RESIDENT_LINK_SECRET_FILE = 'resident-link-secret';

/**
 * The secret that signs not-satisfied links and keys code hashes: RESIDENT_LINK_SECRET, or in development a random
 * one kept in the data folder, so links outlive a restart. Production without it never gets here (the config refuses it).
 */
export function residentLinkSecret(config: Pick<Config, 'residentLinks' | 'dataDir' | 'isProduction'>): string {
  if (config.residentLinks.secret) return config.residentLinks.secret;
  if (config.isProduction) throw new Error('RESIDENT_LINK_SECRET is required in production');
  return developmentSecret(config.dataDir, DEV_RESIDENT_LINK_SECRET_FILE);
}
