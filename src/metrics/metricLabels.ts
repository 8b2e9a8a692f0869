/**
 * Label values for the metrics: only names the service itself chose (route templates, step ids, channels, kinds).
 * Anything else is one fixed word, so a label can never carry personal data (a number, an e-mail, a reference)
 * and the number of series stays small whatever arrives.
 */

/** What a value that is not a name becomes. */
export const OTHER_LABEL = 'other';

/** A name as the service writes them: letters, digits, and the separators of paths and ids; short. */
const NAME = /^[A-Za-z0-9_:/.-]{1,64}$/;
/** Four digits in a row are a number of some kind (phone, personnummer, case reference, year): never a label. */
const DIGIT_RUN = /[0-9]{4}/;

export function labelValue(value: string | null | undefined): string {
  if (!value || !NAME.test(value) || DIGIT_RUN.test(value)) return OTHER_LABEL;
  return value;
}

/** A route's label: its template as the router declared it (`/v3/directline/conversations/:conversationId`), never the path. */
export function routeLabel(baseUrl: string, routePath: unknown): string {
  if (typeof routePath !== 'string') return OTHER_LABEL;
  return labelValue(`${baseUrl}${routePath}`);
}
