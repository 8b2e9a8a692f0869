import type { CodedMessage, MessageParams } from '../domain/messageCodes';

/**
 * An error of the workspace: the message in English for the API and the logs (or in Swedish where it is only ever
 * shown to staff), and the code the pages turn into Swedish (src/agent/messages.ts).
 */
abstract class WorkspaceError extends Error {
  readonly code?: string;
  readonly params?: MessageParams;
  /** The form field the error is about, as forms name it: the page says it beside that field. */
  readonly field?: string;
  constructor(message: string, coded?: CodedMessage & { field?: string }) {
    super(message);
    if (coded) {
      this.code = coded.code;
      this.params = coded.params ?? {};
      if (coded.field) this.field = coded.field;
    }
  }
}

/** The signed-in person's role does not allow this (HTTP 403). */
export class NotAllowedError extends WorkspaceError {
  override readonly name = 'NotAllowedError';
}

/** An account cannot be created or changed as asked; the message says why. */
export class AccountError extends WorkspaceError {
  override readonly name = 'AccountError';
}

/** A request that names something that is not there (HTTP 404). */
export class NotFoundError extends WorkspaceError {
  override readonly name = 'NotFoundError';
}
