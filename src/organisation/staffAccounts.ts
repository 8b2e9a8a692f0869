import type { Queryable } from '../db/database';
import { OrganisationError } from './organisationErrors';

/**
 * The workspace's accounts as the organisation reads them (src/agent owns the table): a member or manager is named
 * by username in forms and commands and kept by id.
 */
export interface StaffAccount {
  id: number;
  username: string;
  role: string;
}

export async function requireAccount(db: Queryable, username: string, field = 'username'): Promise<StaffAccount> {
  const result = await db.query<StaffAccount>('SELECT id, username, role FROM agents WHERE username = $1', [username.trim().toLowerCase()]);
  const account = result.rows[0];
  if (!account) throw new OrganisationError(field, `Det finns inget konto som heter ${username}.`);
  return account;
}
