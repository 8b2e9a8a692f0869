import type { ServiceArea } from '../domain';

/** The rungs of the ladder, lowest first: a case climbs enhet → verksamhet → sektor (db/013 checks the same codes). */
export const UNIT_LEVELS = ['enhet', 'verksamhet', 'sektor'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The managers' titles, and the rung each one leads (a verksamhet has a verksamhetschef and may have a biträdande). */
export const MANAGER_TITLES = ['enhetschef', 'bitradande_verksamhetschef', 'verksamhetschef', 'sektorschef'] as const;
export type ManagerTitle = (typeof MANAGER_TITLES)[number];
export const TITLE_LEVEL: Readonly<Record<ManagerTitle, UnitLevel>> = {
  enhetschef: 'enhet',
  bitradande_verksamhetschef: 'verksamhet',
  verksamhetschef: 'verksamhet',
  sektorschef: 'sektor',
};

/** A unit of the organisation: where cases are handled, and where they climb to. */
export interface Unit {
  id: number;
  name: string;
  level: UnitLevel;
  /** The unit above on the ladder; null at the top. */
  parentId: number | null;
  serviceAreas: ServiceArea[];
  /** An inactive unit keeps its cases but gets no new ones (no routing, not offered in forms). */
  active: boolean;
}

/** Who is told about a unit's serious and overdue cases. */
export interface UnitManager {
  id: number;
  unitId: number;
  title: ManagerTitle;
  name: string;
  email: string;
  /** The manager's account in the workspace, when they have one. */
  agentId: number | null;
}

/** Where a new case goes: the first rule of its area, by priority, whose words are all in the description. */
export interface RoutingRule {
  id: number;
  serviceArea: ServiceArea;
  /** Lower-case words that must all be in what the resident described; none: the whole area. */
  words: string[];
  unitId: number;
  priority: number;
}

/** A unit as forms and history show it. */
export type UnitRef = Pick<Unit, 'id' | 'name'>;
