import { z } from 'zod';
import type { FlowInput } from '../../flow/types';

/** The form fields Twilio posts that the phone line reads; anything else is ignored. */
export const twilioCallSchema = z.object({
  CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/, 'CallSid must be CA followed by 32 hex digits'),
  From: z.string().max(64).optional(),
  Digits: z.string().regex(/^[0-9*#]{0,40}$/, 'Digits may hold only 0-9, * and #').optional(),
  SpeechResult: z.string().max(4000).optional(),
  RecordingUrl: z.url().max(1000).optional(),
  TranscriptionText: z.string().max(8000).optional(),
  CallStatus: z.string().max(40).optional(),
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

/** A Gather's result as the engine's input: keys pressed, words recognised, or nothing. */
export function gatherInput(call: TwilioCall): FlowInput {
  if (call.Digits) return { kind: 'key', key: call.Digits };
  const speech = call.SpeechResult?.trim();
  if (speech) return { kind: 'text', text: speech };
  return { kind: 'silence' };
}

/** A Record's result: a voice message, or silence when nothing was recorded. */
export function recordingInput(call: TwilioCall): FlowInput {
  if (!call.RecordingUrl) return { kind: 'silence' };
  return { kind: 'recording', url: call.RecordingUrl, transcript: call.TranscriptionText?.trim() || null };
}
