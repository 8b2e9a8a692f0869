/**
 * What an error or a form problem says, as a code and its values: the staff pages turn it into Swedish
 * (src/agent/messages.ts), the JSON API sends the code beside its English message. Values are what the text needs
 * (a case number, a length), never free text a person wrote.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** An error or problem that names what it is by a code. */
export interface CodedMessage {
  readonly code: string;
  readonly params?: MessageParams;
}

/** A field that cannot be accepted: the field as forms name it, an English message for logs and the API, and its code. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  params?: MessageParams;
}
