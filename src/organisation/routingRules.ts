import type { Queryable } from '../db/database';
import type { ServiceArea } from '../domain';
import { OrganisationError } from './organisationErrors';
import type { RoutingRule, UnitRef } from './organisationTypes';
import type { NewRule } from './unitSchemas';
import { requireActiveUnit } from './units';

const COLUMNS = `id, service_area AS "serviceArea", words, unit_id AS "unitId", priority`;
/** A rule without a priority goes after those with words (default 100) unless told otherwise. */
const DEFAULT_PRIORITY = 100;

export async function addRule(db: Queryable, input: NewRule): Promise<RoutingRule> {
  await requireActiveUnit(db, input.unitId);
  const result = await db.query<RoutingRule>(
    `INSERT INTO routing_rules (service_area, words, unit_id, priority) VALUES ($1, $2::text[], $3, $4) RETURNING ${COLUMNS}`,
    [input.serviceArea, [...new Set(input.words)], input.unitId, input.priority ?? DEFAULT_PRIORITY],
  );
  return result.rows[0]!;
}

export async function listRules(db: Queryable): Promise<RoutingRule[]> {
  return (await db.query<RoutingRule>(`SELECT ${COLUMNS} FROM routing_rules ORDER BY service_area, priority, id`)).rows;
}

export async function removeRule(db: Queryable, ruleId: number): Promise<void> {
  const result = await db.query('DELETE FROM routing_rules WHERE id = $1', [ruleId]);
  if (result.rowCount === 0) throw new OrganisationError('ruleId', `Det finns ingen regel nummer ${ruleId}.`);
}

/** Where a new case goes, for its history: by a rule, or (ruleId null) by the unit a person chose. */
export interface Routing {
  unit: UnitRef;
  ruleId: number | null;
}

/**
 * The unit a new case of this area goes to: the first rule by priority whose words are all in the description
 * (case-insensitive, as parts of words: "fall" finds "fallolycka"), skipping inactive units. Null: no rule matches
 * and the case waits, registered, for customer service to route it.
 */
export async function routeFor(db: Queryable, area: ServiceArea | null, description: string): Promise<Routing | null> {
  if (area === null) return null;
  const result = await db.query<{ id: number; words: string[]; unitId: number; unitName: string }>(
    `SELECT r.id, r.words, r.unit_id AS "unitId", u.name AS "unitName"
     FROM routing_rules r JOIN units u ON u.id = r.unit_id AND u.active
     WHERE r.service_area = $1 ORDER BY r.priority, r.id`,
    [area],
  );
  const text = description.toLocaleLowerCase('sv');
  const rule = result.rows.find((r) => r.words.every((w) => text.includes(w)));
  return rule ? { unit: { id: rule.unitId, name: rule.unitName }, ruleId: rule.id } : null;
}

/** What a case says that the rules route it by: its area, and the words of what the resident described. */
export interface DescribedCase {
  area?: ServiceArea | null;
  what?: string | null;
  whenWhere?: string | null;
  consequences?: string | null;
}

/** routeFor with a case's own words: what happened, when and where, and what came of it. */
export function routeDescribedCase(db: Queryable, c: DescribedCase): Promise<Routing | null> {
  return routeFor(db, c.area ?? null, [c.what, c.whenWhere, c.consequences].filter(Boolean).join('\n'));
}
