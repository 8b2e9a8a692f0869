import { z } from 'zod';
import { storableText } from '../../db/storableText';
import type { FieldProblem } from '../../domain/messageCodes';
import { problemsFromZod } from '../../register/errors';

/** Forms send "" for an empty field; the API treats it as no value. */
export const blankAsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** An optional text field of at most max characters, stored trimmed; blank is no value. */
export const optionalText = (max: number) => z.preprocess(blankAsNull, storableText().trim().max(max).nullable().default(null));

/** A request body or query the API cannot accept; `problems` names each field, as the form calls it, with a code. */
export class RequestInvalidError extends Error {
  override readonly name = 'RequestInvalidError';
  constructor(readonly problems: FieldProblem[]) {
    super(`The request was refused: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
}

/** Parses with a zod schema, or throws RequestInvalidError: every body, query and path parameter goes through here. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new RequestInvalidError(problemsFromZod(parsed.error, 'request'));
}
