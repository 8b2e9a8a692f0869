import { CallbackConflictError, CallbackNotFoundError } from '../../callbacks/callbackErrors';
import { CaseStateError } from '../../register/caseStateError';
import { OrganisationError, UnitNotFoundError } from '../../organisation/organisationErrors';
import { CaseNotFoundError, InvalidCaseError } from '../../register/errors';
import { AgentLegError } from '../../customerService/agentLeg';
import { AccountError, NotAllowedError, NotFoundError } from '../agentErrors';
import { CallAlreadyFinishedError, CallTakenError } from '../finishCall';
import { TooBusyError } from '../../tasks/workLimit';
import { RequestInvalidError } from './validation';

/** How an error is answered: the same for the JSON API and the pages. */
export interface ErrorAnswer {
  status: number;
  error: string;
  message: string;
  problems?: { field: string; message: string }[];
  /** The case the error is about, when there is one to show (a call already finished). */
  reference?: string;
}

/** The errors a person can act on; anything else is a fault of ours (500, logged by the app). */
export function answerFor(err: unknown): ErrorAnswer | null {
  if (err instanceof RequestInvalidError || err instanceof InvalidCaseError) {
    return { status: 400, error: 'invalid', message: 'Some fields need attention. / Några fält behöver rättas.', problems: err.problems };
  }
  if (err instanceof AccountError) return { status: 400, error: 'invalid', message: err.message };
  if (err instanceof OrganisationError) return { status: 400, error: 'invalid', message: err.message, problems: [{ field: err.field, message: err.message }] };
  if (err instanceof NotAllowedError) return { status: 403, error: 'forbidden', message: err.message };
  if (err instanceof NotFoundError || err instanceof CaseNotFoundError || err instanceof CallbackNotFoundError || err instanceof UnitNotFoundError) {
    return { status: 404, error: 'not_found', message: err.message };
  }
  if (err instanceof CallAlreadyFinishedError) {
    return { status: 409, error: 'already_finished', message: err.message, reference: err.reference };
  }
  if (err instanceof CallTakenError) return { status: 409, error: 'taken', message: err.message };
  if (err instanceof CallbackConflictError || err instanceof CaseStateError) return { status: 409, error: 'conflict', message: err.message };
  if (err instanceof AgentLegError) return { status: 503, error: 'phone_unavailable', message: err.message };
  if (err instanceof TooBusyError) return { status: 503, error: 'busy', message: 'Tjänsten är upptagen just nu. Försök igen om en stund. / Busy, try again in a moment.' };
  return null;
}
