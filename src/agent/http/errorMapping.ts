import { CallbackConflictError, CallbackNotFoundError } from '../../callbacks/callbackErrors';
import { CaseStateError } from '../../register/caseStateError';
import { OrganisationError, UnitNotFoundError } from '../../organisation/organisationErrors';
import { CaseNotFoundError, InvalidCaseError } from '../../register/errors';
import { AgentLegError } from '../../customerService/agentLeg';
import { AccountError, NotAllowedError, NotFoundError } from '../agentErrors';
import { CallAlreadyFinishedError, CallTakenError } from '../finishCall';
import { TooBusyError } from '../../tasks/workLimit';
import { RequestInvalidError } from './validation';
import type { CodedMessage, FieldProblem } from '../../domain/messageCodes';
import { ERROR_MESSAGE, errorText, problemText } from '../messages';

/** A field's problem as answered: the API's English message and code, and the Swedish text the pages show. */
export interface AnsweredProblem extends FieldProblem {
  text: string;
}

/** How an error is answered: the same for the JSON API and the pages (which show `text`, in Swedish). */
export interface ErrorAnswer {
  status: number;
  error: string;
  /** English, for API clients and logs. */
  message: string;
  /** What the staff pages show: Swedish, from the error's code (src/agent/messages.ts). */
  text: string;
  code?: string;
  problems?: AnsweredProblem[];
  /** The case the error is about, when there is one to show (a call already finished). */
  reference?: string;
}

const answered = (problems: FieldProblem[]): AnsweredProblem[] => problems.map((p) => ({ ...p, text: problemText(p) }));

/** The error's own message and code with the Swedish text from its code. */
function said(status: number, error: string, err: Error & Partial<CodedMessage>): ErrorAnswer {
  return { status, error, message: err.message, text: errorText(err), ...(err.code ? { code: err.code } : {}) };
}

/** The errors a person can act on; anything else is a fault of ours (500, logged by the app). */
export function answerFor(err: unknown): ErrorAnswer | null {
  if (err instanceof RequestInvalidError || err instanceof InvalidCaseError) {
    const code = 'falt-behover-rattas';
    return { status: 400, error: 'invalid', message: 'Some fields need attention.', code, text: ERROR_MESSAGE[code](), problems: answered(err.problems) };
  }
  if (err instanceof AccountError) {
    const answer = said(400, 'invalid', err);
    return err.field ? { ...answer, problems: [{ field: err.field, message: err.message, text: answer.text, ...(err.code ? { code: err.code } : {}) }] } : answer;
  }
  if (err instanceof OrganisationError) return { ...said(400, 'invalid', err), problems: [{ field: err.field, message: err.message, text: err.message }] };
  if (err instanceof NotAllowedError) return said(403, 'forbidden', err);
  if (err instanceof NotFoundError || err instanceof CaseNotFoundError || err instanceof CallbackNotFoundError || err instanceof UnitNotFoundError) {
    return said(404, 'not_found', err);
  }
  if (err instanceof CallAlreadyFinishedError) return { ...said(409, 'already_finished', err), reference: err.reference };
  if (err instanceof CallTakenError) return said(409, 'taken', err);
  if (err instanceof CallbackConflictError || err instanceof CaseStateError) return said(409, 'conflict', err);
  if (err instanceof AgentLegError) return said(503, 'phone_unavailable', err);
  if (err instanceof TooBusyError) {
    const code = 'upptaget';
    return { status: 503, error: 'busy', message: 'Busy, try again in a moment.', code, text: ERROR_MESSAGE[code]() };
  }
  return null;
}
