import type { Queryable } from '../db/database';
import { isUniqueViolation } from '../db/databaseErrors';
import { OrganisationError, UnitNotFoundError } from './organisationErrors';
import { UNIT_LEVELS, type Unit, type UnitLevel } from './organisationTypes';
import type { NewUnit, UnitDetails } from './unitSchemas';

const COLUMNS = `id, name, level, parent_id AS "parentId", service_areas AS "serviceAreas", active`;
/** The key db/013's unique index compares names by: case and spacing ignored. */
const NAME_KEY = `lower(regexp_replace(btrim(name), '\\s+', ' ', 'g'))`;

const rank = (level: UnitLevel) => UNIT_LEVELS.indexOf(level);

/** Every unit, by name (a municipality has tens to a few hundred). */
export async function listUnits(db: Queryable, options: { activeOnly?: boolean } = {}): Promise<Unit[]> {
  const where = options.activeOnly ? 'WHERE active' : '';
  return (await db.query<Unit>(`SELECT ${COLUMNS} FROM units ${where} ORDER BY lower(name), id`)).rows;
}

export async function findUnit(db: Queryable, id: number): Promise<Unit | null> {
  return (await db.query<Unit>(`SELECT ${COLUMNS} FROM units WHERE id = $1`, [id])).rows[0] ?? null;
}

/** The unit a name means, however it is spelt in case and spacing ("hemtjänst  norr" is Hemtjänst Norr). */
export async function findUnitByName(db: Queryable, name: string): Promise<Unit | null> {
  const result = await db.query<Unit>(`SELECT ${COLUMNS} FROM units WHERE ${NAME_KEY} = lower(regexp_replace(btrim($1), '\\s+', ' ', 'g'))`, [name]);
  return result.rows[0] ?? null;
}

/** A unit that can take cases now: it exists and is active. `field` names the form field a problem is reported on. */
export async function requireActiveUnit(db: Queryable, id: number, field = 'unitId'): Promise<Unit> {
  const unit = await findUnit(db, id);
  if (!unit) throw new OrganisationError(field, `Det finns ingen enhet nummer ${id}. Välj en enhet ur listan.`);
  if (!unit.active) throw new OrganisationError(field, `${unit.name} tar inte emot ärenden längre. Välj en annan enhet.`);
  return unit;
}

/** A unit the page or command is about; UnitNotFoundError when there is none. */
export async function getUnit(db: Queryable, id: number): Promise<Unit> {
  const unit = await findUnit(db, id);
  if (!unit) throw new UnitNotFoundError(`Det finns ingen enhet nummer ${id}.`);
  return unit;
}

/** The parent must sit on a higher rung, so the ladder can never loop back on itself. */
async function checkParent(db: Queryable, level: UnitLevel, parentId: number | null): Promise<void> {
  if (parentId === null) return;
  const parent = await findUnit(db, parentId);
  if (!parent) throw new OrganisationError('parentId', `Det finns ingen enhet nummer ${parentId} att lägga den under.`);
  if (rank(parent.level) <= rank(level)) {
    throw new OrganisationError('parentId', `En ${level} kan inte ligga under ${parent.name}, som är en ${parent.level}: enheten ovanför ska vara en nivå högre (enhet → verksamhet → sektor).`);
  }
}

export async function addUnit(db: Queryable, input: NewUnit): Promise<Unit> {
  await checkParent(db, input.level, input.parentId);
  const result = await db.query<Unit>(
    `INSERT INTO units (name, level, parent_id, service_areas) VALUES ($1, $2, $3, $4::text[])
     ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
    [input.name, input.level, input.parentId, input.serviceAreas],
  );
  const unit = result.rows[0];
  if (!unit) {
    const existing = await findUnitByName(db, input.name);
    throw new OrganisationError('name', `Det finns redan en enhet som heter ${existing?.name ?? input.name} (stora och små bokstäver räknas som samma namn).`);
  }
  return unit;
}

/** Renames a unit and sets the service areas it works in; the history of its cases keeps the name they were given. */
export async function updateUnit(db: Queryable, unitId: number, input: UnitDetails): Promise<Unit> {
  await getUnit(db, unitId);
  try {
    const result = await db.query<Unit>(`UPDATE units SET name = $2, service_areas = $3::text[] WHERE id = $1 RETURNING ${COLUMNS}`, [unitId, input.name, input.serviceAreas]);
    return result.rows[0]!;
  } catch (err) {
    if (!isUniqueViolation(err, ['units_one_per_name'])) throw err;
    throw new OrganisationError('name', `Det finns redan en enhet som heter ${input.name} (stora och små bokstäver räknas som samma namn).`);
  }
}

/** Puts a unit under another on the ladder (or at the top with null). */
export async function setParent(db: Queryable, unitId: number, parentId: number | null): Promise<Unit> {
  const unit = await getUnit(db, unitId);
  await checkParent(db, unit.level, parentId);
  const result = await db.query<Unit>(`UPDATE units SET parent_id = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [unitId, parentId]);
  return result.rows[0]!;
}

/** An inactive unit keeps its cases and members but is no longer routed to or offered in forms. */
export async function setActive(db: Queryable, unitId: number, active: boolean): Promise<Unit> {
  await getUnit(db, unitId);
  return (await db.query<Unit>(`UPDATE units SET active = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [unitId, active])).rows[0]!;
}

/** Units by id, for pages that show names beside ids (lists, the history). */
export async function unitsById(db: Queryable): Promise<Map<number, Unit>> {
  return new Map((await listUnits(db)).map((u) => [u.id, u]));
}
