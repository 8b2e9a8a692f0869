/** The signed-in person's role does not allow this (HTTP 403). */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
}

/** An account cannot be created or changed as asked; the message says why. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
}

/** A request that names something that is not there (HTTP 404). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
