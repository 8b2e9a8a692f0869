import { z } from 'zod';
import { storableText } from '../../db/storableText';

/** Path parameters, validated like bodies: a bad one is a 400 that says which. */
export const callbackIdParams = z.object({ id: z.coerce.number('must be a callback number').int().positive().max(2 ** 31 - 1) });
export const referenceParams = z.object({ reference: storableText().trim().min(1).max(30) });
export const callSidParams = z.object({ callSid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a call id (CallSid)') });
export const usernameParams = z.object({ username: storableText().trim().min(1).max(40) });
