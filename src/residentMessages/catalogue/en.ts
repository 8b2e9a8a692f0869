import type { ResidentTexts } from './residentTexts';

const call = (phone: string | null) => (phone ? `call customer service on ${phone}` : "call the municipality's customer service");
const Call = (phone: string | null) => call(phone).replace(/^c/, 'C');

export const en: ResidentTexts = {
  newsSubject: (ref) => `News about your case ${ref}`,
  answerSubject: (ref) => `Answer to your case ${ref}`,
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  newsIntro: (ref) => `This is what happens with your case. Case number: ${ref}.`,
  answerIntro: (ref) => `This is our answer. Case number: ${ref}.`,
  notSatisfiedLink: (url) => `Not satisfied with the answer? Tell us here, and a manager at the next level takes up your case: ${url}`,
  notSatisfiedContact: ({ phone, reference, canReply }) =>
    `Not satisfied with the answer? ${canReply ? `Reply to this message, or ${call(phone)}` : Call(phone)} and give the case number ${reference}. A manager at the next level then takes up your case.`,
  ivo: 'If you are still not satisfied, you can turn to the Health and Social Care Inspectorate (IVO), ivo.se.',
  patientnamnden: "If you are still not satisfied, you can turn to your region's Patients' Advisory Committee (Patientnämnden).",
  ivoOrPatientnamnden:
    "If you are still not satisfied, you can turn to the Health and Social Care Inspectorate (IVO), ivo.se, about social services or disability support, or to your region's Patients' Advisory Committee (Patientnämnden) about health care.",
  questions: (phone, ref) => `Questions? ${Call(phone)} and give the case number ${ref}.`,
  signOff: (municipality) => `Kind regards\n${municipality}`,
  newsHasCome: (ref, phone) => `There is news about what happens with your case ${ref}. ${Call(phone)} and give the case number, and we will tell you.`,
  answerHasComeCall: (ref, phone) => `The answer to your case ${ref} is ready. Customer service will call you to tell you. You can also ${call(phone)} and give the case number.`,
};
