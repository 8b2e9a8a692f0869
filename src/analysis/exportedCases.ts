import type { Queryable } from '../db/database';
import { daysUntil } from './periodFigures';

/**
 * A period's cases as the export shows them: pseudonymised (no case number, name, phone, e-mail, address or
 * personnummer; a number within the file instead), read through the views of db/028. What the resident wrote is
 * read only when asked for (a role that may read cases), and never for a confidential case.
 */
export interface ExportedCase {
  /** The case's internal id: used for the access log, never written to the file. */
  id: number;
  registeredAt: Date;
  kind: string;
  area: string;
  channel: string;
  onBehalf: string | null;
  serious: boolean;
  status: string;
  unitId: number | null;
  categories: string[];
  newsDays: number | null;
  answerDays: number | null;
  texts: { what: string | null; whenWhere: string | null; consequences: string | null } | null;
}

export async function exportedCases(db: Queryable, period: { start: Date; end: Date }, options: { withTexts: boolean }): Promise<ExportedCase[]> {
  const result = await db.query<Omit<ExportedCase, 'texts'> & { what: string | null; whenWhere: string | null; consequences: string | null; hasTexts: boolean }>(
    `SELECT c.id, c.registered_at AS "registeredAt", c.kind, c.area, c.channel, c.on_behalf AS "onBehalf", c.serious, c.status,
            c.unit_id AS "unitId", c.categories,
            ${daysUntil('c.news_given_at', 'c.registered_at')} AS "newsDays", ${daysUntil('c.answer_given_at', 'c.registered_at')} AS "answerDays",
            t.id IS NOT NULL AS "hasTexts", t.what, t.when_where AS "whenWhere", t.consequences
     FROM analysis_cases c
     LEFT JOIN analysis_case_texts t ON $3 AND t.id = c.id AND NOT t.confidential
     WHERE c.registered_at >= $1 AND c.registered_at < $2 AND c.kind IS NOT NULL
     ORDER BY c.registered_at, c.id`,
    [period.start, period.end, options.withTexts],
  );
  return result.rows.map(({ what, whenWhere, consequences, hasTexts, ...c }) => ({ ...c, texts: hasTexts ? { what, whenWhere, consequences } : null }));
}
