/** Numbered parameters ($1, $2, …) for one statement that several modules write parts of. */
export interface StatementParams {
  /** Binds a value and answers its placeholder. */
  add(value: unknown): string;
  readonly values: readonly unknown[];
}

export function statementParams(): StatementParams {
  const values: unknown[] = [];
  return {
    values,
    add(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

/**
 * The body of a CTE that a table's owner writes into another owner's statement, selecting from the rows of the
 * CTE named `from`: writes that belong together cost one round trip, and each table's SQL stays with its owner.
 */
export type StatementPart = (params: StatementParams, from: string) => string;
