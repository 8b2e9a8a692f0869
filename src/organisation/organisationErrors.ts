/** A change to the organisation that cannot be made as asked; the message (Swedish, the staff's language) says why. */
export class OrganisationError extends Error {
  override readonly name = 'OrganisationError';
  /** The field the problem is in, as forms name it. */
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** A unit, manager, rule or account that is not there (HTTP 404 where it is the page's subject). */
export class UnitNotFoundError extends Error {
  override readonly name = 'UnitNotFoundError';
}
