import type { StatementPart } from '../db/statementParts';
import { OUTBOX_KIND } from './outboxTypes';

/**
 * Queues a new case's SMS receipt inside the statement that registers the case (one round trip for both).
 * At most one receipt per case: a repeated registration cannot text the resident twice.
 */
export function queueSmsReceipt(recipient: string, body: string): StatementPart {
  return (p, from) =>
    `INSERT INTO outbox_messages (kind, case_id, recipient, body)
     SELECT ${p.add(OUTBOX_KIND.smsReceipt)}, id, ${p.add(recipient)}, ${p.add(body)} FROM ${from}
     ON CONFLICT (case_id) WHERE kind = '${OUTBOX_KIND.smsReceipt}' DO NOTHING`;
}
