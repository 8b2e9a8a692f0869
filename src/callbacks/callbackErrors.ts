/** The callback is not (or no longer) in the state the agent's action needs; the message says what happened. */
export class CallbackConflictError extends Error {
  override readonly name = 'CallbackConflictError';
  constructor(
    readonly callbackId: number,
    message: string,
  ) {
    super(message);
  }
}

export class CallbackNotFoundError extends Error {
  override readonly name = 'CallbackNotFoundError';
  constructor(readonly callbackId: number) {
    super(`There is no callback number ${callbackId}.`);
  }
}
