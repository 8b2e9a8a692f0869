import { randomBytes } from 'node:crypto';
import { hashPassword, hasCost, SCRYPT_COST, verifyPassword, type ScryptCost } from './passwords';
import { createWorkLimit } from '../tasks/workLimit';

/** Hashing and checking passwords for one process, at one cost, never more than a few at a time. */
export interface PasswordHasher {
  readonly cost: ScryptCost;
  hash(password: string): Promise<string>;
  /** Checks a password; with no stored hash (an unknown username) it takes as long and says no. */
  verify(password: string, stored: string | null): Promise<boolean>;
  /** Whether a stored hash has this hasher's parameters (otherwise it is redone at the next login). */
  isCurrent(stored: string): boolean;
}

export interface PasswordHasherOptions {
  /** The default is OWASP's 2^17; tests inject a lower one so the suite stays quick. */
  cost?: ScryptCost;
  /**
   * scrypt runs on libuv's four worker threads, which file and DNS work share, and takes 128 MiB each at the
   * default cost. Two at a time leaves threads for the rest and bounds the memory; a flood of logins queues here.
   */
  concurrency?: number;
  /** Beyond this many queued, a login is refused at once ("busy, try again") instead of waiting for seconds. */
  maxWaiting?: number;
}

export function createPasswordHasher({ cost = SCRYPT_COST, concurrency = 2, maxWaiting = 20 }: PasswordHasherOptions = {}): PasswordHasher {
  const limit = createWorkLimit(concurrency, maxWaiting);
  // An unknown username is checked against the hash of a random password nobody knows, made at the same cost.
  let unknownUserHash: Promise<string> | null = null;
  const unknownUser = () =>
    (unknownUserHash ??= hashPassword(randomBytes(24).toString('base64'), cost).catch((err: unknown) => {
      unknownUserHash = null;
      throw err;
    }));
  return {
    cost,
    hash: (password) => limit.run(() => hashPassword(password, cost)),
    verify: (password, stored) =>
      limit.run(async () => {
        const matches = await verifyPassword(password, stored ?? (await unknownUser()));
        return stored !== null && matches;
      }),
    isCurrent: (stored) => hasCost(stored, cost),
  };
}
