import { z } from 'zod';
import { cleanedText, storableUrl } from '../../db/storableText';
import { checkPhoneNumber } from '../../domain';
import type { FlowInput } from '../../flow/types';

/** What Twilio posts as Digits when the caller hung up during a <Record>. */
export const HANGUP_DIGITS = 'hangup';

/**
 * The form fields Twilio posts that the phone line reads; anything else is ignored. Text is cleaned rather than
 * refused (a NUL in recognised speech must not drop the caller): see cleanStorableText.
 */
export const twilioCallSchema = z.object({
  CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/, 'CallSid must be CA followed by 32 hex digits'),
  From: cleanedText(64).optional(),
  Digits: z
    .string()
    .regex(/^(?:[0-9*#]{0,40}|hangup)$/, 'Digits may hold only 0-9, * and #, or be "hangup"')
    .optional(),
  SpeechResult: cleanedText(4000).optional(),
  RecordingUrl: storableUrl().max(1000).optional(),
  TranscriptionText: cleanedText(8000).optional(),
  CallStatus: cleanedText(40).optional(),
});
export type TwilioCall = z.infer<typeof twilioCallSchema>;

/** The question a Gather or Record answers, from its action URL. */
export const answerQuerySchema = z.object({
  step: z.string().regex(/^[a-z_]{1,40}$/, 'step must be a step id'),
  turn: z.coerce.number().int().min(0).max(10_000),
});

/** Call statuses that mean the caller is gone. */
const ENDED_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

export function callHasEnded(call: TwilioCall): boolean {
  return ENDED_STATUSES.has(call.CallStatus ?? '');
}

/** Twilio's word, on a <Record>'s action, that the caller hung up while recording (the recording is still sent). */
export function callerHungUp(call: TwilioCall): boolean {
  return call.Digits === HANGUP_DIGITS;
}

/**
 * A new call as the engine's input, with the caller's own number in E.164 when it is one we may call back: Twilio's
 * From may be "anonymous", a withheld number's placeholder, or a premium-rate line, and then none is offered.
 */
export function startInput(call: TwilioCall): FlowInput {
  const caller = call.From ? checkPhoneNumber(call.From) : null;
  return { kind: 'start', callerNumber: caller?.ok ? caller.e164 : null };
}

/** A Gather's result as the engine's input: keys pressed, words recognised, or nothing. */
export function gatherInput(call: TwilioCall): FlowInput {
  if (callerHungUp(call)) return { kind: 'hangup' };
  if (call.Digits) return { kind: 'key', key: call.Digits };
  const speech = call.SpeechResult?.trim();
  if (speech) return { kind: 'text', text: speech };
  return { kind: 'silence' };
}

/**
 * A Record's result: a voice message (kept the same whether the caller pressed # or hung up), a hang-up with
 * nothing recorded, or silence.
 */
export function recordingInput(call: TwilioCall): FlowInput {
  if (call.RecordingUrl) return { kind: 'recording', url: call.RecordingUrl, transcript: call.TranscriptionText?.trim() || null };
  return callerHungUp(call) ? { kind: 'hangup' } : { kind: 'silence' };
}

/** Twilio's recording status callback: which recording of which call, in which account, and whether it is ready. */
export const recordingStatusSchema = z.object({
  CallSid: twilioCallSchema.shape.CallSid,
  AccountSid: z.string().regex(/^AC[0-9a-f]{32}$/, 'AccountSid must be AC followed by 32 hex digits'),
  RecordingSid: z.string().regex(/^RE[0-9a-f]{32}$/, 'RecordingSid must be RE followed by 32 hex digits'),
  RecordingStatus: z.enum(['in-progress', 'completed', 'absent', 'failed'], 'RecordingStatus must be in-progress, completed, absent or failed'),
  RecordingDuration: z.coerce.number().int().min(0).max(86_400).optional(),
});
