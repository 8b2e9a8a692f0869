import { z } from 'zod';
import { storableText, storableUrl } from '../db/storableText';
import { CASE_KINDS, CASE_STATUS, CHANNELS, isE164, LANGUAGES, MAX_TEXT_LENGTH, ON_BEHALF, REPLY_METHODS, SERVICE_AREAS } from '../domain';

/**
 * A case's fields, declared once: the Case type, the row mapping, the register's insert and update, the intake's
 * validation and the agents' case form all derive from this list (the export and erasure will too). A new field
 * is a line here and a migration; a new choice also gets its option labels in src/agent/pages/labels.ts.
 */

/**
 * Who writes a field: the database (ids, times), the register when it registers, the details people give, or the
 * handler as they work the case (never at intake).
 */
export type WrittenBy = 'database' | 'registration' | 'details' | 'handling';

/** How the agents' case form asks for a field (in Swedish, the workspace's language). */
export interface AgentInput {
  fieldset: 'case' | 'marks' | 'reply';
  /** 'unit': one of the organisation's active units, offered by name (the page is given them). */
  input: 'select' | 'textarea' | 'text' | 'tel' | 'email' | 'checkbox' | 'unit';
  /** The codes of a choice; the form shows them with the labels in src/agent/pages/labels.ts. */
  choices?: readonly string[];
  /** Set when the form refuses to go without it: the message, in words an agent can act on. */
  required?: string;
  /** The no-choice option of a select (default '– välj –'); null when a choice is always made. */
  empty?: string | null;
  hint?: string;
  max?: number;
}

export interface CaseField<S extends z.ZodType = z.ZodType, W extends WrittenBy = WrittenBy> {
  readonly column: string;
  /** The value as the register accepts and stores it; a default is what a new case gets when nothing was said. */
  readonly schema: S;
  readonly label: { readonly sv: string; readonly en: string };
  /** The resident's personal data (or may hold it, as free text does): what erasure removes. */
  readonly personal: boolean;
  /** Part of the register's export (statistics, follow-up); personal data never is. */
  readonly exported: boolean;
  readonly writtenBy: W;
  readonly form?: AgentInput;
}

type Fields = Record<string, CaseField | Record<string, CaseField>>;

const field = <S extends z.ZodType, W extends WrittenBy>(f: CaseField<S, W>): CaseField<S, W> => f;

const optionalText = storableText().trim().min(1).max(MAX_TEXT_LENGTH).nullable().default(null);
export const e164 = z.string().refine(isE164, 'must be a phone number in E.164 form, like +46701234567');
const notPersonal = { personal: false, exported: true } as const;
const personal = { personal: true, exported: false } as const;
const byDatabase = { ...notPersonal, writtenBy: 'database' } as const;

export const CASE_FIELDS = {
  id: field({ column: 'id', schema: z.number().int(), label: { sv: 'Id', en: 'Id' }, ...byDatabase }),
  reference: field({ column: 'reference', schema: z.string(), label: { sv: 'Ärendenummer', en: 'Case number' }, ...notPersonal, writtenBy: 'registration' }),
  status: field({ column: 'status', schema: z.enum(CASE_STATUS), label: { sv: 'Status', en: 'Status' }, ...notPersonal, writtenBy: 'registration' }),
  kind: field({
    column: 'kind',
    schema: z.enum(CASE_KINDS).nullable().default(null),
    label: { sv: 'Vad gäller det?', en: 'Kind' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'select', choices: CASE_KINDS, required: 'choose the kind: klagomål, synpunkt, förslag or beröm' },
  }),
  area: field({
    column: 'area',
    schema: z.enum(SERVICE_AREAS).nullable().default(null),
    label: { sv: 'Verksamhet', en: 'Service area' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'select', choices: SERVICE_AREAS, required: 'choose the service area' },
  }),
  channel: field({ column: 'channel', schema: z.enum(CHANNELS), label: { sv: 'Kanal', en: 'Channel' }, ...notPersonal, writtenBy: 'registration' }),
  what: field({
    column: 'what',
    schema: optionalText,
    label: { sv: 'Vad hände?', en: 'What happened' },
    ...personal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'textarea', required: 'describe what happened', hint: 'Med invånarens egna ord så långt det går.', max: MAX_TEXT_LENGTH },
  }),
  whenWhere: field({
    column: 'when_where',
    schema: optionalText,
    label: { sv: 'När och var?', en: 'When and where' },
    ...personal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'textarea', max: MAX_TEXT_LENGTH },
  }),
  consequences: field({
    column: 'consequences',
    schema: optionalText,
    label: { sv: 'Vilka följder fick det?', en: 'Consequences' },
    ...personal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'textarea', max: MAX_TEXT_LENGTH },
  }),
  onBehalf: field({
    column: 'on_behalf',
    schema: z.enum(ON_BEHALF).nullable().default(null),
    label: { sv: 'För vems räkning?', en: 'On behalf of' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'select', choices: ON_BEHALF },
  }),
  anonymous: field({
    column: 'anonymous',
    schema: z.boolean().default(false),
    label: { sv: 'Anonym', en: 'Anonymous' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'marks', input: 'checkbox', hint: 'Ärendet utreds men ingen återkoppling kan ges; inga kontaktuppgifter sparas.' },
  }),
  replyMethod: field({
    column: 'reply_method',
    schema: z.enum(REPLY_METHODS).nullable().default(null),
    label: { sv: 'Vill ha svar via', en: 'Reply by' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'reply', input: 'select', choices: REPLY_METHODS, empty: 'Inget svar önskas' },
  }),
  contact: {
    name: field({
      column: 'contact_name',
      schema: storableText().trim().min(1).max(200).nullable().default(null),
      label: { sv: 'Namn', en: 'Name' },
      ...personal,
      writtenBy: 'details',
      form: { fieldset: 'reply', input: 'text', max: 200 },
    }),
    phone: field({
      column: 'contact_phone',
      schema: e164.nullable().default(null),
      label: { sv: 'Telefonnummer', en: 'Phone number' },
      ...personal,
      writtenBy: 'details',
      form: { fieldset: 'reply', input: 'tel', hint: 'Till exempel 070-123 45 67.' },
    }),
    email: field({
      column: 'contact_email',
      schema: z.email().max(254).nullable().default(null),
      label: { sv: 'E-post', en: 'E-mail' },
      ...personal,
      writtenBy: 'details',
      form: { fieldset: 'reply', input: 'email', max: 254 },
    }),
    /** The postal address for an answer by letter: the lines under the name on the envelope; set by the handler. */
    address: field({
      column: 'contact_address',
      schema: storableText().trim().min(1).max(500).nullable().default(null),
      label: { sv: 'Postadress', en: 'Postal address' },
      ...personal,
      writtenBy: 'handling',
    }),
  },
  language: field({
    column: 'language',
    schema: z.enum(LANGUAGES).default('sv'),
    label: { sv: 'Språk', en: 'Language' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'select', choices: LANGUAGES, empty: null },
  }),
  /** Possible missförhållande: flagged for a Lex Sarah / Lex Maria assessment at once. */
  serious: field({
    column: 'serious',
    schema: z.boolean().default(false),
    label: { sv: 'Allvarligt (möjligt missförhållande)', en: 'Serious (possible maladministration)' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'marks', input: 'checkbox', hint: 'Flaggas direkt för bedömning enligt Lex Sarah / Lex Maria.' },
  }),
  /** Parts of the case may be covered by sekretess (OSL). */
  confidential: field({
    column: 'confidential',
    schema: z.boolean().default(false),
    label: { sv: 'Kan omfattas av sekretess', en: 'May be confidential' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'marks', input: 'checkbox', hint: 'Delar av ärendet kan vara sekretessbelagda (OSL).' },
  }),
  /**
   * The responsible unit, a row of the organisation (db/013): the routing rules set it when a case is registered,
   * the agents' form picks it from the active units, and who may read the case follows from it (src/register/readScope).
   */
  unitId: field({
    column: 'unit_id',
    schema: z.number().int().positive().max(2 ** 31 - 1).nullable().default(null),
    label: { sv: 'Ansvarig enhet', en: 'Responsible unit' },
    ...notPersonal,
    writtenBy: 'details',
    form: { fieldset: 'case', input: 'unit', hint: 'Lämna tomt om du inte vet: verksamhetens regler väljer då enhet, om det finns en regel.' },
  }),
  /** What the case concerns (bemötande, tillgänglighet, …), from the configured list (CASE_CATEGORIES), for the analysis. */
  categories: field({
    column: 'categories',
    schema: z.array(storableText().trim().min(1).max(60)).max(20).default([]),
    label: { sv: 'Kategorier', en: 'Categories' },
    ...notPersonal,
    writtenBy: 'handling',
  }),
  source: {
    callSid: field({ column: 'source_call_sid', schema: storableText().max(64).nullable().default(null), label: { sv: 'Samtals-id', en: 'Call id' }, personal: false, exported: false, writtenBy: 'registration' }),
    conversationId: field({
      column: 'source_conversation_id',
      schema: storableText().max(200).nullable().default(null),
      label: { sv: 'Chatt-id', en: 'Chat id' },
      personal: false,
      exported: false,
      writtenBy: 'registration',
    }),
    recordingUrl: field({
      column: 'source_recording_url',
      schema: storableUrl().max(1000).nullable().default(null),
      label: { sv: 'Röstmeddelande', en: 'Voice message' },
      ...personal,
      writtenBy: 'registration',
    }),
    /** The staff member who registered or completed it: theirs, not the resident's, personal data. */
    agent: field({ column: 'source_agent', schema: storableText().max(100).nullable().default(null), label: { sv: 'Handläggare', en: 'Agent' }, personal: false, exported: false, writtenBy: 'registration' }),
  },
  registeredAt: field({ column: 'registered_at', schema: z.date(), label: { sv: 'Registrerat', en: 'Registered' }, ...byDatabase }),
  newsDue: field({ column: 'news_due', schema: z.date(), label: { sv: 'Besked senast', en: 'News due' }, ...notPersonal, writtenBy: 'registration' }),
  answerDue: field({ column: 'answer_due', schema: z.date(), label: { sv: 'Svar senast', en: 'Answer due' }, ...notPersonal, writtenBy: 'registration' }),
  /** When news of what happens, and the answer, first reached the resident (sent, printed, or said on the phone). */
  newsGivenAt: field({ column: 'news_given_at', schema: z.date().nullable().default(null), label: { sv: 'Besked givet', en: 'News given' }, ...byDatabase }),
  answerGivenAt: field({ column: 'answer_given_at', schema: z.date().nullable().default(null), label: { sv: 'Svar givet', en: 'Answer given' }, ...byDatabase }),
  updatedAt: field({ column: 'updated_at', schema: z.date(), label: { sv: 'Ändrat', en: 'Updated' }, ...byDatabase }),
} as const satisfies Fields;

/** The values of a set of declared fields, nested as declared. */
export type ValuesOf<F> = {
  -readonly [K in keyof F]: F[K] extends CaseField<infer S> ? z.output<S> : ValuesOf<F[K]>;
};

/** The declared fields that W writes, nested as declared (a group keeps only those). */
export type FieldsWrittenBy<F, W extends WrittenBy> = {
  [K in keyof F as F[K] extends CaseField ? (F[K]['writtenBy'] extends W ? K : never) : K]: F[K] extends CaseField ? F[K] : FieldsWrittenBy<F[K], W>;
};

/** The zod shape of declared fields: a group is an object that defaults to its fields' defaults. */
export type ShapeOf<F> = {
  -readonly [K in keyof F]: F[K] extends CaseField<infer S> ? S : z.ZodPrefault<z.ZodObject<ShapeOf<F[K]>>>;
};

/** A field with where it sits in a Case: ['contact', 'phone'] for contact.phone. */
export interface PlacedField {
  path: readonly string[];
  /** The path as forms and messages name it: contact.phone. */
  name: string;
  field: CaseField;
}

function place(fields: Fields, prefix: readonly string[] = []): PlacedField[] {
  return Object.entries(fields).flatMap(([key, f]) => {
    const path = [...prefix, key];
    return 'column' in f ? [{ path, name: path.join('.'), field: f as CaseField }] : place(f as Fields, path);
  });
}

/** Every declared field, in declaration order. */
export const PLACED_CASE_FIELDS: readonly PlacedField[] = place(CASE_FIELDS);

export function valueAt(record: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string, unknown> | null | undefined)?.[key], record);
}

function shapeOf(fields: Fields, writers: readonly WrittenBy[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, f] of Object.entries(fields)) {
    if ('column' in f) {
      if (writers.includes((f as CaseField).writtenBy)) shape[key] = (f as CaseField).schema;
    } else {
      const group = shapeOf(f as Fields, writers);
      if (Object.keys(group).length > 0) shape[key] = z.object(group).prefault({});
    }
  }
  return shape;
}

/** The zod shape of the fields the given writers write, nested as declared: for z.object({ ...shape, … }). */
export function shapeWrittenBy<W extends WrittenBy>(...writers: W[]): ShapeOf<FieldsWrittenBy<typeof CASE_FIELDS, W>> {
  return shapeOf(CASE_FIELDS, writers) as ShapeOf<FieldsWrittenBy<typeof CASE_FIELDS, W>>;
}

/** The fields the given writers write, in declaration order. */
export function placedWrittenBy(...writers: WrittenBy[]): readonly PlacedField[] {
  return PLACED_CASE_FIELDS.filter((p) => writers.includes(p.field.writtenBy));
}
