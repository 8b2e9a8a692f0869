import { z } from 'zod';
import { CALLBACK_WINDOWS } from '../domain';
import { CASE_STATUS } from '../domain';
import { CASE_FIELDS, e164, shapeWrittenBy } from './caseFields';

export const callbackWishSchema = z
  .object({
    phone: e164,
    window: z.enum(CALLBACK_WINDOWS),
    windowStart: z.coerce.date(),
    windowEnd: z.coerce.date(),
  })
  .refine((w) => w.windowEnd > w.windowStart, { message: 'the callback window must end after it starts', path: ['windowEnd'], params: { code: 'fonstret-slutar-fore' } });
export type CallbackWish = z.infer<typeof callbackWishSchema>;

export const newCaseSchema = z
  .object({
    ...shapeWrittenBy('details'),
    /** Only an interrupted intake is registered as incomplete; everything else starts as registered. */
    status: z.enum([CASE_STATUS.registered, CASE_STATUS.incomplete]).default(CASE_STATUS.registered),
    channel: CASE_FIELDS.channel.schema,
    source: shapeWrittenBy('registration').source,
    callback: callbackWishSchema.nullable().default(null),
    /** Where to text the case number (an SMS receipt goes through the outbox). */
    receiptPhone: e164.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    const problem = (path: string[], message: string, code: string) => ctx.addIssue({ code: 'custom', path, message, params: { code } });
    if (c.status === CASE_STATUS.registered) {
      if (!c.kind) problem(['kind'], 'a registered case needs its kind (klagomål, synpunkt, förslag or beröm)', 'typ-behovs');
      if (!c.area) problem(['area'], 'a registered case needs its service area', 'verksamhet-behovs');
      if (!c.what) problem(['what'], 'a registered case needs a description of what happened', 'vad-behovs');
    } else if (!c.what && !c.whenWhere && !c.consequences && !c.source.recordingUrl) {
      problem(['what'], 'an incomplete case must keep something the resident said or recorded', 'ofullstandigt-tomt');
    }
    if (c.anonymous) {
      const { name, phone, email } = c.contact;
      if (name || phone || email) problem(['contact'], 'an anonymous case cannot keep contact details', 'anonymt-utan-kontakt');
      if (c.replyMethod) problem(['replyMethod'], 'an anonymous case cannot get a reply', 'anonymt-utan-svarssatt');
      if (c.callback) problem(['callback'], 'an anonymous case cannot get a callback', 'anonymt-utan-aterringning');
      if (c.receiptPhone) problem(['receiptPhone'], 'an anonymous case cannot get a receipt by SMS', 'anonymt-utan-kvitto');
    }
    if (c.replyMethod === 'email' && !c.contact.email) problem(['contact', 'email'], 'a reply by e-mail needs an e-mail address', 'e-post-behovs');
    if (c.replyMethod === 'phone' && !c.contact.phone && !c.callback) {
      problem(['contact', 'phone'], 'a reply by phone needs a phone number', 'telefon-behovs');
    }
    if (c.callback && c.replyMethod !== 'phone') problem(['replyMethod'], 'a callback is a reply by phone', 'aterringning-ar-telefon');
  });

export type NewCaseInput = z.input<typeof newCaseSchema>;
export type NewCase = z.output<typeof newCaseSchema>;
