import type { ResidentTexts } from './residentTexts';

const call = (phone: string | null) => (phone ? `ring kundtjänst på ${phone}` : 'ring kommunens kundtjänst');
const Call = (phone: string | null) => call(phone).replace(/^r/, 'R');

export const sv: ResidentTexts = {
  newsSubject: (ref) => `Besked om ditt ärende ${ref}`,
  answerSubject: (ref) => `Svar på ditt ärende ${ref}`,
  greeting: (name) => (name ? `Hej ${name}!` : 'Hej!'),
  newsIntro: (ref) => `Här får du veta vad som händer med ditt ärende. Ärendenummer: ${ref}.`,
  answerIntro: (ref) => `Här är vårt svar. Ärendenummer: ${ref}.`,
  notSatisfiedLink: (url) => `Är du inte nöjd med svaret? Säg det här, så tar en chef på nästa nivå upp ärendet: ${url}`,
  notSatisfiedContact: ({ phone, reference, canReply }) =>
    `Är du inte nöjd med svaret? ${canReply ? `Svara på det här meddelandet, eller ${call(phone)}` : Call(phone)} och säg ärendenumret ${reference}. Då tar en chef på nästa nivå upp ärendet.`,
  ivo: 'Är du fortfarande inte nöjd kan du vända dig till Inspektionen för vård och omsorg (IVO), ivo.se.',
  patientnamnden: 'Är du fortfarande inte nöjd kan du vända dig till Patientnämnden i din region.',
  ivoOrPatientnamnden:
    'Är du fortfarande inte nöjd kan du vända dig till Inspektionen för vård och omsorg (IVO), ivo.se, om det gäller socialtjänst eller stöd vid funktionsnedsättning, eller till Patientnämnden i din region om det gäller hälso- och sjukvård.',
  questions: (phone, ref) => `Har du frågor? ${Call(phone)} och säg ärendenumret ${ref}.`,
  signOff: (municipality) => `Med vänlig hälsning\n${municipality}`,
  newsHasCome: (ref, phone) => `Du har fått besked om vad som händer med ditt ärende ${ref}. ${Call(phone)} och säg ärendenumret, så berättar vi.`,
  answerHasComeCall: (ref, phone) => `Svaret på ditt ärende ${ref} är klart. Kundtjänst ringer dig och berättar det. Du kan också själv ${call(phone)} och säga ärendenumret.`,
};
