/**
 * What a resident reads in a message from the municipality about their case, in one language. Plain language
 * (docs/PROMPTS.md): "svar" for the answer, "kundtjänst" for the people, the case number as "ärendenummer".
 * `phone` is customer service's number as written for reading (CUSTOMER_SERVICE_PHONE), or null when not configured.
 */
export interface ResidentTexts {
  newsSubject(reference: string): string;
  answerSubject(reference: string): string;
  greeting(name: string | null): string;
  newsIntro(reference: string): string;
  answerIntro(reference: string): string;
  /** Where to say one is not satisfied: the signed link when there is one, else reply or call. */
  notSatisfiedLink(url: string): string;
  notSatisfiedContact(how: { phone: string | null; reference: string; canReply: boolean }): string;
  /** Where to turn after the municipality: IVO (social services, LSS), Patientnämnden (the municipality's health care). */
  ivo: string;
  patientnamnden: string;
  /** Both, when the area is not known. */
  ivoOrPatientnamnden: string;
  questions(phone: string | null, reference: string): string;
  signOff(municipality: string): string;
  /** An SMS too long to send whole: it says what has come and how to hear it. */
  newsHasCome(reference: string, phone: string | null): string;
  /** A phone answer: the answer is ready and customer service will call. */
  answerHasComeCall(reference: string, phone: string | null): string;
}
