import type { Queryable } from '../db/database';
import { STEP } from '../../flows/intakeSteps';
import type { DayCount } from './statistics';

/**
 * The register's figures for one period, read through the read-model views of db/028 (analysis_cases,
 * analysis_callbacks) and the small table of how conversations ended (intake_endings), never from a table another module owns and never a resident's
 * name, contact or text. Cases count by registration date; a case counts once it is complete (has a kind), so an
 * intake given up half-way counts among the intakes given up, not among the cases.
 */
export const DIMENSIONS = ['kind', 'area', 'channel', 'onBehalf', 'serious', 'unit', 'month', 'category'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One value of a dimension and how many cases had it; value null when the case had none (no unit yet). */
export interface CountRow {
  value: string | null;
  cases: number;
}

export interface IntakeEnding {
  channel: 'phone' | 'chat';
  /** The step the resident was at when they hung up or left (a step id of flows/intakeSteps). */
  step: string;
  conversations: number;
}

export interface PeriodFigures {
  cases: number;
  by: Record<Dimension, CountRow[]>;
  /** Still registered, routed or investigating at the time of the report. */
  open: number;
  /** Open, and the news (14 days) or the answer (four weeks) not given by its deadline. */
  overdue: number;
  newsDays: DayCount[];
  answerDays: DayCount[];
  /** Cases with no news (answer) given whose 14 days (four weeks) have passed: late, and not in the histograms. */
  undone: { news: { after14Days: number; afterFourWeeks: number }; answer: { after14Days: number; afterFourWeeks: number } };
  callbacks: { requested: number; reached: number; failed: number };
  /** Conversations that ended, per channel, and those given up before the end, by the step they ended on. */
  conversations: Record<'phone' | 'chat', number>;
  gaveUp: IntakeEnding[];
}

/** The steps a conversation ends on when the intake was finished: a registered case, a voice message, a callback. */
const FINISHED_STEPS = [STEP.done, STEP.voiceMessageKept, STEP.callbackKept];

const OPEN = `status IN ('registered', 'routed', 'investigating')`;
const PERIOD_CASES = `SELECT * FROM analysis_cases WHERE registered_at >= $1 AND registered_at < $2 AND kind IS NOT NULL`;
/**
 * Whole days from registration until a moment, counted up (a day and a minute is two days); null while it has not
 * come (greatest() alone would make that 0: it skips nulls).
 */
export const daysUntil = (column: string, registeredAt = 'registered_at') =>
  `CASE WHEN ${column} IS NOT NULL THEN ceil(greatest(0, date_part('epoch', ${column} - ${registeredAt})) / 86400)::integer END`;

/** The month is grouped by its first instant (cheap per case) and written as "2026-03" once per month. */
const MONTH_TEXT = `to_char(month_start AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM')`;

/** What the one pass over the period's cases groups by: the report's dimensions and the days to news and answer. */
const GROUPED: Record<Exclude<Dimension, 'category'> | 'newsDays' | 'answerDays', string> = {
  kind: 'kind',
  area: 'area',
  channel: 'channel',
  onBehalf: 'on_behalf',
  serious: 'serious',
  unit: 'unit_id',
  month: 'month_start',
  newsDays: 'news_days',
  answerDays: 'answer_days',
};

export async function periodFigures(db: Queryable, period: { start: Date; end: Date }, now: Date): Promise<PeriodFigures> {
  const range = [period.start, period.end];
  // Every dimension in one pass over the period's part of the index (cases_for_analysis), read from the index alone.
  const grouped = await db.query<{ dimension: keyof typeof GROUPED; value: string | null; cases: number }>(
    `WITH p AS (${PERIOD_CASES})
     SELECT CASE ${Object.entries(GROUPED).map(([name, column]) => `WHEN GROUPING(${column}) = 0 THEN '${name}'`).join(' ')} END AS dimension,
            COALESCE(${Object.values(GROUPED).map((column) => (column === GROUPED.month ? MONTH_TEXT : `${column}::text`)).join(', ')}) AS value,
            count(*)::integer AS cases
     FROM (SELECT *, date_trunc('month', registered_at, 'Europe/Stockholm') AS month_start,
                  ${daysUntil('news_given_at')} AS news_days, ${daysUntil('answer_given_at')} AS answer_days FROM p) p
     GROUP BY GROUPING SETS (${Object.values(GROUPED).map((column) => `(${column})`).join(', ')})`,
    range,
  );
  const categories = await db.query<{ value: string; cases: number }>(`WITH p AS (${PERIOD_CASES}) SELECT unnest(categories) AS value, count(*)::integer AS cases FROM p GROUP BY 1`, range);
  const deadlines = await db.query<{ open: number; overdue: number; news14: number; news28: number; answer14: number; answer28: number }>(
    `WITH p AS (${PERIOD_CASES})
     SELECT count(*) FILTER (WHERE ${OPEN})::integer AS open,
            count(*) FILTER (WHERE ${OPEN} AND ((news_given_at IS NULL AND news_due < $3) OR answer_due < $3))::integer AS overdue,
            count(*) FILTER (WHERE news_given_at IS NULL AND registered_at + interval '14 days' <= $3)::integer AS news14,
            count(*) FILTER (WHERE news_given_at IS NULL AND registered_at + interval '28 days' <= $3)::integer AS news28,
            count(*) FILTER (WHERE answer_given_at IS NULL AND registered_at + interval '14 days' <= $3)::integer AS answer14,
            count(*) FILTER (WHERE answer_given_at IS NULL AND registered_at + interval '28 days' <= $3)::integer AS answer28
     FROM p`,
    [...range, now],
  );
  const callbacks = await db.query<{ requested: number; reached: number; failed: number }>(
    `SELECT count(*)::integer AS requested, count(*) FILTER (WHERE reached)::integer AS reached,
            count(*) FILTER (WHERE status = 'failed')::integer AS failed
     FROM analysis_callbacks WHERE created_at >= $1 AND created_at < $2`,
    range,
  );
  const endings = await db.query<{ channel: 'phone' | 'chat'; step: string | null; conversations: number }>(
    `SELECT channel, CASE WHEN transferred OR step = ANY($3::text[]) THEN NULL ELSE coalesce(step, '') END AS step, count(*)::integer AS conversations
     FROM intake_endings WHERE ended_at >= $1 AND ended_at < $2
     GROUP BY 1, 2`,
    [...range, FINISHED_STEPS],
  );

  const dayCounts = (dimension: 'newsDays' | 'answerDays'): DayCount[] =>
    grouped.rows.filter((r) => r.dimension === dimension && r.value !== null).map((r) => ({ days: Number(r.value), cases: r.cases }));
  const by = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as CountRow[]])) as Record<Dimension, CountRow[]>;
  for (const row of grouped.rows) if (row.dimension in by) by[row.dimension as Dimension].push({ value: row.value, cases: row.cases });
  by.category = categories.rows;
  for (const rows of Object.values(by)) rows.sort((a, b) => b.cases - a.cases || String(a.value).localeCompare(String(b.value)));
  by.month.sort((a, b) => String(a.value).localeCompare(String(b.value)));
  const d = deadlines.rows[0]!;
  const conversations = { phone: 0, chat: 0 };
  for (const e of endings.rows) conversations[e.channel] += e.conversations;
  return {
    cases: by.kind.reduce((sum, r) => sum + r.cases, 0),
    by,
    open: d.open,
    overdue: d.overdue,
    newsDays: dayCounts('newsDays'),
    answerDays: dayCounts('answerDays'),
    undone: { news: { after14Days: d.news14, afterFourWeeks: d.news28 }, answer: { after14Days: d.answer14, afterFourWeeks: d.answer28 } },
    callbacks: callbacks.rows[0]!,
    conversations,
    gaveUp: endings.rows
      .filter((e): e is IntakeEnding => e.step !== null)
      .sort((a, b) => a.channel.localeCompare(b.channel) || b.conversations - a.conversations),
  };
}
