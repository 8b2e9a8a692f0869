import { z } from 'zod';
import { storableText } from '../db/storableText';
import { SERVICE_AREAS } from '../domain';
import { MANAGER_TITLES, UNIT_LEVELS } from './organisationTypes';

/**
 * What the admin pages, the JSON API and `npm run units` accept, in Swedish (the staff's language). Blank optional
 * fields are no value; lists may come as arrays, as one comma-separated string (a text field, the CLI), or as the
 * ticked boxes of a form ({ aldreomsorg: true, annat: false }).
 */
const blankAsNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);
function listOf(v: unknown): unknown {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  if (typeof v === 'object' && !Array.isArray(v)) return Object.entries(v).filter(([, ticked]) => ticked === true).map(([key]) => key);
  return v;
}

export const unitId = (message: string) => z.coerce.number(message).int(message).positive(message).max(2 ** 31 - 1, message);
const optionalUnitId = (message: string) => z.preprocess(blankAsNull, unitId(message).nullable().default(null));

/** A unit's name as people write it: trimmed, inner runs of spaces as one. */
export const unitName = storableText('skriv enhetens namn')
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'skriv enhetens namn').max(200, 'namnet får vara högst 200 tecken'));

export const newUnitSchema = z.object({
  name: unitName,
  level: z.enum(UNIT_LEVELS, `nivån ska vara ${UNIT_LEVELS.join(', ')}`).default('enhet'),
  parentId: optionalUnitId('välj enheten ovanför ur listan'),
  serviceAreas: z.preprocess(listOf, z.array(z.enum(SERVICE_AREAS, `verksamheten ska vara en av ${SERVICE_AREAS.join(', ')}`)).max(SERVICE_AREAS.length)),
});
export type NewUnit = z.output<typeof newUnitSchema>;

/** What can be changed of a unit later: its name and its service areas (its place is setParent's). */
export const unitDetailsSchema = newUnitSchema.pick({ name: true, serviceAreas: true });
export type UnitDetails = z.output<typeof unitDetailsSchema>;

export const parentSchema = z.object({ parentId: optionalUnitId('välj enheten ovanför ur listan') });

export const newManagerSchema = z.object({
  title: z.enum(MANAGER_TITLES, `titeln ska vara en av ${MANAGER_TITLES.join(', ')}`),
  name: storableText('skriv chefens namn').trim().min(1, 'skriv chefens namn').max(200, 'namnet får vara högst 200 tecken'),
  email: storableText('skriv chefens e-postadress').trim().pipe(z.email('skriv en e-postadress som anna@kommun.se').max(254)),
  /** The manager's own account, when they work in the workspace too (by username). */
  username: z.preprocess(blankAsNull, storableText().trim().toLowerCase().max(40).nullable().default(null)),
});
export type NewManager = z.output<typeof newManagerSchema>;

export const memberSchema = z.object({ username: storableText('skriv användarnamnet').trim().toLowerCase().min(1, 'skriv användarnamnet').max(40) });

/** A word of a routing rule: lower-case, searched for in the description as written. */
const ruleWord = storableText().transform((s) => s.trim().toLocaleLowerCase('sv')).pipe(z.string().min(1).max(100, 'ett ord får vara högst 100 tecken'));

export const newRuleSchema = z.object({
  serviceArea: z.enum(SERVICE_AREAS, `verksamheten ska vara en av ${SERVICE_AREAS.join(', ')}`),
  words: z.preprocess(listOf, z.array(ruleWord).max(20, 'högst 20 ord per regel')),
  unitId: unitId('välj enheten ur listan'),
  priority: z.preprocess(blankAsNull, z.coerce.number('prioriteten är ett heltal').int('prioriteten är ett heltal').min(0).max(10000).nullable().default(null)),
});
export type NewRule = z.output<typeof newRuleSchema>;
