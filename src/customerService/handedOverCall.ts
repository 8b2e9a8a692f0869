import { z } from 'zod';
import { findTransferredCall } from '../conversation/transferredCalls';
import type { Queryable } from '../db/database';
import { CASE_KINDS, LANGUAGES, SERVICE_AREAS, type CaseKind, type Language, type ServiceArea } from '../domain';

/**
 * What customer service needs to know about a call handed to it, from the conversation as stored: the incomplete
 * case's number, kind, area, language and whether it sounds serious. Never what the caller described: that is
 * the case's, read behind the workspace's login.
 */
export interface HandedOverCall {
  callSid: string;
  caseId: number | null;
  reference: string | null;
  kind: CaseKind | null;
  area: ServiceArea | null;
  language: Language;
  serious: boolean;
  /** The caller's own number when it is one we may call back (the phone line checked From); else null. */
  callbackPhone: string | null;
}

// The flow's answers are read tolerantly: a call cut short, or a flow that changed shape, still gives a summary.
const stateShape = z
  .object({
    language: z.enum(LANGUAGES).catch('sv'),
    answers: z
      .object({
        kind: z.enum(CASE_KINDS).nullable().catch(null),
        area: z.enum(SERVICE_AREAS).nullable().catch(null),
        serious: z.boolean().catch(false),
      })
      .partial()
      .catch({}),
  })
  .partial()
  .catch({});

/** The call as handed over, or a bare one (Swedish, nothing known) when the conversation kept no session. */
export async function handedOverCall(db: Queryable, callSid: string): Promise<HandedOverCall> {
  const call = await findTransferredCall(db, callSid);
  const state = stateShape.parse(call?.state);
  return {
    callSid,
    caseId: call?.caseId ?? null,
    reference: call?.caseReference ?? null,
    kind: state.answers?.kind ?? null,
    area: state.answers?.area ?? null,
    language: state.language ?? 'sv',
    serious: state.answers?.serious ?? false,
    callbackPhone: call?.callerPhone ?? null,
  };
}
