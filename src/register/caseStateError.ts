import type { MessageParams } from '../domain/messageCodes';

/** Why a case cannot change, as a code for the pages (src/agent/messages.ts); none where the message is Swedish. */
export type CaseStateCode = 'arendet-avslutat' | 'arendet-ofullstandigt' | 'arendet-redan-komplett' | 'arendet-inte-ofullstandigt';

/** The case is not in a state that allows the change (closed, already completed…); nothing was written. */
export class CaseStateError extends Error {
  override readonly name = 'CaseStateError';
  readonly params: MessageParams;
  constructor(
    readonly reference: string,
    message: string,
    readonly code?: CaseStateCode,
  ) {
    super(message);
    this.params = { reference };
  }
}
