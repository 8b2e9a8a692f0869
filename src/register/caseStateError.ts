/** The case is not in a state that allows the change (closed, already completed…); nothing was written. */
export class CaseStateError extends Error {
  override readonly name = 'CaseStateError';
  constructor(
    readonly reference: string,
    message: string,
  ) {
    super(message);
  }
}
