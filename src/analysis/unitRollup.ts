import type { Unit } from '../organisation/organisationTypes';
import type { CountRow } from './periodFigures';

/** A unit's line in the report: its own cases and those of every unit below it on the ladder. */
export interface UnitLine {
  unitId: number | null;
  name: string;
  level: Unit['level'] | null;
  /** How far down the ladder it is drawn (0 at the top). */
  depth: number;
  cases: number;
  /** Cases in this period a year earlier, rolled up the same way. */
  previous: number;
}

const counted = (rows: readonly CountRow[]) => new Map(rows.map((r) => [r.value === null ? null : Number(r.value), r.cases]));

/**
 * Rolls the cases counted per responsible unit up the ladder (enhet → verksamhet → sektor): each unit's line is
 * its own and its descendants' cases. Lines come top-down, children under their parent by name; units with no case
 * in either period are left out, and cases with no unit yet come last. A parent cycle cannot hang it (each unit is
 * visited once).
 */
export function rollUpUnits(units: readonly Unit[], current: readonly CountRow[], previous: readonly CountRow[]): UnitLine[] {
  const own = { current: counted(current), previous: counted(previous) };
  const children = new Map<number | null, Unit[]>();
  const known = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId !== null && known.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  const visited = new Set<number>();
  const lines: UnitLine[] = [];
  const visit = (unit: Unit, depth: number): { cases: number; previous: number } => {
    visited.add(unit.id);
    const line: UnitLine = { unitId: unit.id, name: unit.name, level: unit.level, depth, cases: own.current.get(unit.id) ?? 0, previous: own.previous.get(unit.id) ?? 0 };
    const at = lines.push(line) - 1;
    for (const child of children.get(unit.id) ?? []) {
      if (visited.has(child.id)) continue;
      const below = visit(child, depth + 1);
      line.cases += below.cases;
      line.previous += below.previous;
    }
    if (line.cases === 0 && line.previous === 0) lines.splice(at, 1);
    return line;
  };
  for (const top of children.get(null) ?? []) visit(top, 0);
  // Units caught in a parent cycle (bad data) have no top: each is drawn from the first one met.
  for (const unit of units) if (!visited.has(unit.id)) visit(unit, 0);
  // Cases of units the organisation no longer lists (never expected: units are not deleted) still count.
  for (const id of new Set([...own.current.keys(), ...own.previous.keys()])) {
    if (id === null || known.has(id)) continue;
    lines.push({ unitId: id, name: `Enhet ${id}`, level: null, depth: 0, cases: own.current.get(id) ?? 0, previous: own.previous.get(id) ?? 0 });
  }
  const none = { cases: own.current.get(null) ?? 0, previous: own.previous.get(null) ?? 0 };
  if (none.cases || none.previous) lines.push({ unitId: null, name: 'Ingen enhet ännu', level: null, depth: 0, ...none });
  return lines;
}
