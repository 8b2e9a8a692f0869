import type { StatementParams } from '../db/statementParts';

/**
 * Which cases a staff member may read, as the register applies it to every list and search (the workspace decides
 * who gets which scope, src/agent/casePermissions): everything (admins); every case that is not confidential
 * (customer service, who talk to residents about any case); or the cases of these units (handlers, and managers
 * with the units below theirs), confidential ones included. A case outside the scope is not found at all.
 */
export type ReadScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'notConfidential' }
  | { readonly kind: 'ofUnits'; readonly unitIds: readonly number[] };

/** The scope as a condition on cases (aliased `alias`), its values bound through params. */
export function readScopeCondition(scope: ReadScope, params: StatementParams, alias = 'cases'): string {
  switch (scope.kind) {
    case 'all':
      return 'true';
    case 'notConfidential':
      return `NOT ${alias}.confidential`;
    case 'ofUnits':
      return scope.unitIds.length === 0 ? 'false' : `${alias}.unit_id = ANY(${params.add(scope.unitIds)}::integer[])`;
  }
}

/** Whether one case is within the scope (the same rule, for a case already read). */
export function withinReadScope(scope: ReadScope, c: { confidential: boolean; unitId: number | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'notConfidential':
      return !c.confidential;
    case 'ofUnits':
      return c.unitId !== null && scope.unitIds.includes(c.unitId);
  }
}
