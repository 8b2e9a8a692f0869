import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config';
import type { Database } from '../db/database';
import { withDatabase } from '../db/commandDatabase';
import { listMergeReport } from './mergeReport';
import { addMember } from './memberships';
import { OrganisationError, UnitNotFoundError } from './organisationErrors';
import type { Unit } from './organisationTypes';
import { addRule, listRules } from './routingRules';
import { requireAccount } from './staffAccounts';
import { addManager } from './unitManagers';
import { memberSchema, newManagerSchema, newRuleSchema, newUnitSchema, unitDetailsSchema } from './unitSchemas';
import { addUnit, findUnitByName, listUnits, setParent, updateUnit } from './units';

const USAGE = `Usage:
  npm run units -- list
  npm run units -- add "Hemtjänst Norr" [--level enhet|verksamhet|sektor] [--parent "Äldreomsorg"] [--areas aldreomsorg,annat]
  npm run units -- set-parent "Hemtjänst Norr" "Äldreomsorg"        (--top instead of a parent: no unit above)
  npm run units -- rename "Hemtjänst Norr" "Hemtjänsten Norr"
  npm run units -- set-areas "Hemtjänst Norr" aldreomsorg,halso_och_sjukvard
  npm run units -- add-manager "Hemtjänst Norr" --title enhetschef --name "Eva Ek" --email eva.ek@kommun.se [--username eva]
  npm run units -- add-member "Hemtjänst Norr" <username>
  npm run units -- add-rule --area aldreomsorg --unit "Hemtjänst Norr" [--words "hemtjänst,norr"] [--priority 10]
  npm run units -- merged                                            (what the migration of free-text units merged)
Units are named as people write them: case and spacing do not matter.`;

class UsageError extends Error {}

/** Parses with a zod schema, or says what is wrong with which option. */
function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new UsageError(result.error.issues.map((i) => `${String(i.path.join('.') || 'value')}: ${i.message}`).join('\n'));
}

async function unitNamed(db: Database, name: string | undefined): Promise<Unit> {
  if (!name?.trim()) throw new UsageError('name the unit');
  const unit = await findUnitByName(db, name);
  if (!unit) throw new UnitNotFoundError(`Det finns ingen enhet som heter "${name.trim()}" (npm run units -- list visar dem).`);
  return unit;
}

function printLadder(units: Unit[], parentId: number | null, depth: number): void {
  for (const u of units.filter((x) => x.parentId === parentId)) {
    const areas = u.serviceAreas.length ? ` [${u.serviceAreas.join(', ')}]` : '';
    process.stdout.write(`${'  '.repeat(depth)}${u.name} (${u.level}, id ${u.id})${areas}${u.active ? '' : ' inactive'}\n`);
    printLadder(units, u.id, depth + 1);
  }
}

/** `npm run units`: the organisation (units, managers, members, routing rules) from a terminal. */
async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      level: { type: 'string' }, parent: { type: 'string' }, areas: { type: 'string' }, top: { type: 'boolean' },
      title: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, username: { type: 'string' },
      area: { type: 'string' }, unit: { type: 'string' }, words: { type: 'string' }, priority: { type: 'string' },
    },
  });
  const [command, first, second] = positionals;
  await withDatabase(async (db) => {
    if (command === 'list') {
      const units = await listUnits(db);
      if (units.length === 0) process.stdout.write('No units yet. Add one: npm run units -- add "Hemtjänst Norr"\n');
      printLadder(units, null, 0);
      const names = new Map(units.map((u) => [u.id, u.name]));
      for (const r of await listRules(db)) {
        process.stdout.write(`rule ${r.id}: ${r.serviceArea}${r.words.length ? ` with "${r.words.join(', ')}"` : ''} → ${names.get(r.unitId)} (priority ${r.priority})\n`);
      }
    } else if (command === 'add' && first) {
      const parentId = values.parent ? (await unitNamed(db, values.parent)).id : null;
      const unit = await addUnit(db, parsed(newUnitSchema, { name: first, level: values.level, parentId, serviceAreas: values.areas }));
      process.stdout.write(`Added ${unit.name} (${unit.level}, id ${unit.id}).\n`);
    } else if (command === 'set-parent' && first && (second || values.top)) {
      const unit = await unitNamed(db, first);
      const parent = values.top ? null : await unitNamed(db, second);
      await setParent(db, unit.id, parent?.id ?? null);
      process.stdout.write(parent ? `${unit.name} is now under ${parent.name}.\n` : `${unit.name} is now at the top.\n`);
    } else if ((command === 'rename' || command === 'set-areas') && first && second) {
      const unit = await unitNamed(db, first);
      const details = command === 'rename' ? { name: second, serviceAreas: unit.serviceAreas } : { name: unit.name, serviceAreas: second };
      const updated = await updateUnit(db, unit.id, parsed(unitDetailsSchema, details));
      process.stdout.write(`${updated.name}: ${updated.serviceAreas.join(', ') || 'no service areas'}.\n`);
    } else if (command === 'add-manager' && first) {
      const unit = await unitNamed(db, first);
      const manager = await addManager(db, unit.id, parsed(newManagerSchema, { title: values.title, name: values.name, email: values.email, username: values.username }));
      process.stdout.write(`${manager.name} (${manager.title}) manages ${unit.name}.\n`);
    } else if (command === 'add-member' && first && second) {
      const unit = await unitNamed(db, first);
      const account = await requireAccount(db, parsed(memberSchema, { username: second }).username);
      await addMember(db, unit.id, account.id);
      process.stdout.write(`${account.username} works in ${unit.name}.\n`);
    } else if (command === 'add-rule') {
      const unit = await unitNamed(db, values.unit);
      const rule = await addRule(db, parsed(newRuleSchema, { serviceArea: values.area, words: values.words, unitId: unit.id, priority: values.priority }));
      process.stdout.write(`Rule ${rule.id}: new ${rule.serviceArea} cases${rule.words.length ? ` with "${rule.words.join(', ')}"` : ''} go to ${unit.name}.\n`);
    } else if (command === 'merged') {
      const report = await listMergeReport(db);
      if (report.length === 0) process.stdout.write('The migration met no free-text units.\n');
      for (const m of report) process.stdout.write(`"${m.variant}" → ${m.unitName} (id ${m.unitId}): ${m.cases} cases, ${m.agents} accounts\n`);
    } else {
      throw new UsageError('unknown command');
    }
  });
}


main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`${err.message}\n\n${USAGE}\n`);
  else if (err instanceof OrganisationError || err instanceof UnitNotFoundError || err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed: ${(err as Error).message}\n`);
  process.exit(1);
});
