import { z } from 'zod';
import { CALLBACK_WINDOWS } from '../domain/calendar/callbackWindows';
import { storableText, storableUrl } from '../db/storableText';
import { CASE_KINDS, CASE_STATUS, CHANNELS, isE164, LANGUAGES, MAX_TEXT_LENGTH, ON_BEHALF, REPLY_METHODS, SERVICE_AREAS } from '../domain';

const freeText = storableText().trim().min(1).max(MAX_TEXT_LENGTH);
const optionalText = freeText.nullable().default(null);
const e164 = z.string().refine(isE164, 'must be a phone number in E.164 form, like +46701234567');

export const callbackWishSchema = z
  .object({
    phone: e164,
    window: z.enum(CALLBACK_WINDOWS),
    windowStart: z.coerce.date(),
    windowEnd: z.coerce.date(),
  })
  .refine((w) => w.windowEnd > w.windowStart, { message: 'the callback window must end after it starts', path: ['windowEnd'] });
export type CallbackWish = z.infer<typeof callbackWishSchema>;

export const newCaseSchema = z
  .object({
    /** Only an interrupted intake is registered as incomplete; everything else starts as registered. */
    status: z.enum([CASE_STATUS.registered, CASE_STATUS.incomplete]).default(CASE_STATUS.registered),
    kind: z.enum(CASE_KINDS).nullable().default(null),
    area: z.enum(SERVICE_AREAS).nullable().default(null),
    channel: z.enum(CHANNELS),
    what: optionalText,
    whenWhere: optionalText,
    consequences: optionalText,
    onBehalf: z.enum(ON_BEHALF).nullable().default(null),
    anonymous: z.boolean().default(false),
    replyMethod: z.enum(REPLY_METHODS).nullable().default(null),
    contact: z
      .object({
        name: storableText().trim().min(1).max(200).nullable().default(null),
        phone: e164.nullable().default(null),
        email: z.email().max(254).nullable().default(null),
      })
      .default({ name: null, phone: null, email: null }),
    language: z.enum(LANGUAGES).default('sv'),
    /** Possible missförhållande: flagged for a Lex Sarah / Lex Maria assessment at once. */
    serious: z.boolean().default(false),
    /** Parts of the case may be covered by sekretess (OSL). */
    confidential: z.boolean().default(false),
    unit: storableText().trim().min(1).max(200).nullable().default(null),
    source: z
      .object({
        callSid: storableText().max(64).nullable().default(null),
        conversationId: storableText().max(200).nullable().default(null),
        recordingUrl: storableUrl().max(1000).nullable().default(null),
        agent: storableText().max(100).nullable().default(null),
      })
      .default({ callSid: null, conversationId: null, recordingUrl: null, agent: null }),
    callback: callbackWishSchema.nullable().default(null),
    /** Where to text the case number (an SMS receipt goes through the outbox). */
    receiptPhone: e164.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    const problem = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (c.status === CASE_STATUS.registered) {
      if (!c.kind) problem(['kind'], 'a registered case needs its kind (klagomål, synpunkt, förslag or beröm)');
      if (!c.area) problem(['area'], 'a registered case needs its service area');
      if (!c.what) problem(['what'], 'a registered case needs a description of what happened');
    } else if (!c.what && !c.whenWhere && !c.consequences && !c.source.recordingUrl) {
      problem(['what'], 'an incomplete case must keep something the resident said or recorded');
    }
    if (c.anonymous) {
      const { name, phone, email } = c.contact;
      if (name || phone || email) problem(['contact'], 'an anonymous case cannot keep contact details');
      if (c.replyMethod) problem(['replyMethod'], 'an anonymous case cannot get a reply');
      if (c.callback) problem(['callback'], 'an anonymous case cannot get a callback');
      if (c.receiptPhone) problem(['receiptPhone'], 'an anonymous case cannot get a receipt by SMS');
    }
    if (c.replyMethod === 'email' && !c.contact.email) problem(['contact', 'email'], 'a reply by e-mail needs an e-mail address');
    if (c.replyMethod === 'phone' && !c.contact.phone && !c.callback) {
      problem(['contact', 'phone'], 'a reply by phone needs a phone number');
    }
    if (c.callback && c.replyMethod !== 'phone') problem(['replyMethod'], 'a callback is a reply by phone');
  });

export type NewCaseInput = z.input<typeof newCaseSchema>;
export type NewCase = z.output<typeof newCaseSchema>;
