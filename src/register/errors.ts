import type { z } from 'zod';

/** Data that may not enter the register; `problems` says, field by field, what is wrong. Nothing was written. */
export class InvalidCaseError extends Error {
  override readonly name = 'InvalidCaseError';
  constructor(readonly problems: { field: string; message: string }[]) {
    super(`The case was not registered: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }

  static fromZod(error: z.ZodError): InvalidCaseError {
    return new InvalidCaseError(
      error.issues.map((i) => ({ field: i.path.join('.') || 'case', message: i.message })),
    );
  }
}

export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
  constructor(readonly reference: string) {
    super(`No case has the number ${reference}`);
  }
}
