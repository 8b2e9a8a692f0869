import type { z } from 'zod';
import type { FieldProblem, MessageParams } from '../domain/messageCodes';

/** What a zod issue says, as a problem with a code: a custom issue names its own (params.code), others are zod's. */
export function problemsFromZod(error: z.ZodError, whole: string): FieldProblem[] {
  return error.issues.map((issue) => {
    const raw = issue as unknown as Record<string, unknown>;
    const ownCode = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    const params: Record<string, string | number> = {};
    for (const key of ['origin', 'maximum', 'minimum', 'format'] as const) {
      const value = raw[key];
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      else if (typeof value === 'bigint') params[key] = Number(value);
    }
    const code = typeof ownCode === 'string' ? ownCode : issue.code === 'custom' ? undefined : issue.code;
    return { field: issue.path.join('.') || whole, message: issue.message, ...(code ? { code } : {}), ...(Object.keys(params).length ? { params: params as MessageParams } : {}) };
  });
}

/** Data that may not enter the register; `problems` says, field by field, what is wrong. Nothing was written. */
export class InvalidCaseError extends Error {
  override readonly name = 'InvalidCaseError';
  constructor(readonly problems: FieldProblem[]) {
    super(`The case was not registered: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }

  static fromZod(error: z.ZodError): InvalidCaseError {
    return new InvalidCaseError(problemsFromZod(error, 'case'));
  }
}

export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
  readonly code = 'arendet-finns-inte';
  readonly params: MessageParams;
  constructor(readonly reference: string) {
    super(`No case has the number ${reference}`);
    this.params = { reference };
  }
}
