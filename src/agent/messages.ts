import type { CodedMessage, FieldProblem, MessageParams } from '../domain/messageCodes';
import { labelOf, ROLE_LABEL } from './pages/labels';
import type { CaseStateCode } from '../register/caseStateError';
import type { CallbackConflictCode } from '../callbacks/callbackErrors';

/**
 * Every message the staff pages show, in Swedish, from the code an error, a form problem or a confirmation carries.
 * One place, so a page never shows the English the JSON API and the logs use, and a new message is written once.
 */
type Say = (p: MessageParams) => string;

const v = (p: MessageParams, name: string): string => String(p[name] ?? '');

/** Errors: the code a typed error carries (see answerFor in http/errorMapping.ts). */
export const ERROR_MESSAGE = {
  'sidan-finns-inte': () => 'Sidan finns inte i arbetsytan. Kontrollera adressen eller gå till startsidan.',
  'arendet-finns-inte': (p) => `Inget ärende har numret ${v(p, 'reference')}. Kontrollera året och numret.`,
  'rollen-far-inte': (p) => `Din roll (${labelOf(ROLE_LABEL, p.role).toLowerCase()}) får inte göra detta.`,
  'samtalet-finns-inte': () => 'Samtalet finns inte bland samtalen som kopplats till kundtjänst.',
  'samtalet-redan-registrerat': (p) => `Samtalet är redan registrerat som ärende ${v(p, 'reference')}.`,
  'aterringningen-finns-inte': (p) => `Det finns ingen återuppringning nummer ${v(p, 'id')}.`,
  'aterringningen-tas-av-annan': (p) => `Återuppringning ${v(p, 'id')} hanteras redan av ${v(p, 'agent')}; bara hen kan spara resultatet.`,
  'aterringningen-inte-din': (p) => `Återuppringning ${v(p, 'id')} är inte tagen av dig. Ta den först.`,
  'aterringningen-klar': (p) => `Återuppringning ${v(p, 'id')} är redan avslutad.`,
  'bilagan-finns-inte': (p) => `Ärende ${v(p, 'reference')} har ingen bilaga nummer ${v(p, 'id')}.`,
  'eget-konto': () => 'Du kan inte stänga av ditt eget konto.',
  'kontot-finns-inte': (p) => `Det finns inget konto som heter ${v(p, 'username')}.`,
  'kontot-finns-redan': (p) => `Det finns redan ett konto som heter ${v(p, 'username')}.`,
  'anvandarnamnet-duger-inte': () => 'Användarnamnet ska vara 2–40 tecken: a–z, 0–9, punkt, bindestreck eller understreck.',
  'handlaggare-behover-enhet': () => 'En handläggare behöver den enhet vars ärenden hen handlägger.',
  'losenordet-for-kort': (p) => `Lösenordet ska ha minst ${v(p, 'min')} tecken.`,
  'losenordet-for-langt': (p) => `Lösenordet får ha högst ${v(p, 'max')} tecken.`,
  'ange-din-telefon': () => 'Ange numret till telefonen du sitter vid; Twilio ringer den först.',
  'arendet-avslutat': (p) => `Ärende ${v(p, 'reference')} är avslutat och kan inte längre ändras.`,
  'arendet-ofullstandigt': (p) => `Ärende ${v(p, 'reference')} är ofullständigt: komplettera det (typ, verksamhet, vad som hände) eller avsluta det först.`,
  'arendet-redan-komplett': (p) => `Ärende ${v(p, 'reference')} är redan registrerat; bara ett ofullständigt ärende kan kompletteras.`,
  'arendet-inte-ofullstandigt': (p) => `Ärende ${v(p, 'reference')} är inte ofullständigt; avsluta det från dess status i stället.`,
  'upptaget': () => 'Tjänsten är upptagen just nu. Försök igen om en stund.',
  'formularet-gammalt': () => 'Formuläret hade gått ut eller kom från en annan sida. Ladda om sidan och försök igen.',
  'inte-inloggad': () => 'Logga in först.',
  'falt-behover-rattas': () => 'Några fält behöver rättas.',
} satisfies Record<string, Say>;
export type ErrorCode = keyof typeof ERROR_MESSAGE;
// The register's and the callbacks' own codes must each have a text here: this fails to compile when one is missing.
ERROR_MESSAGE satisfies Record<CaseStateCode | CallbackConflictCode, Say>;

/** Problems with one field: zod's issue codes and the register's and the forms' own. */
export const PROBLEM_MESSAGE = {
  // zod's issues, by code and what they carry (maximum, minimum, origin, format).
  too_big: (p) => (p.origin === 'string' ? `får vara högst ${v(p, 'maximum')} tecken` : p.origin === 'array' ? `välj högst ${v(p, 'maximum')}` : `får vara högst ${v(p, 'maximum')}`),
  too_small: (p) => (p.origin === 'string' ? (Number(p.minimum) <= 1 ? 'måste fyllas i' : `ska ha minst ${v(p, 'minimum')} tecken`) : p.origin === 'array' ? `välj minst ${v(p, 'minimum')}` : `ska vara minst ${v(p, 'minimum')}`),
  invalid_type: () => 'saknas eller har fel form',
  invalid_value: () => 'välj ett av alternativen',
  invalid_format: (p) => (p.format === 'email' ? 'skriv en e-postadress, till exempel namn@exempel.se' : 'har fel form'),
  invalid_union: () => 'har fel form',
  not_multiple_of: () => 'ska vara ett heltal',
  unrecognized_keys: () => 'innehåller fält som inte hör hit',
  invalid_key: () => 'har fel form',
  invalid_element: () => 'har fel form',
  // The register's and the forms' own.
  'oskrivbar-text': () => 'innehåller tecken som inte kan sparas',
  'valj-enhet': () => 'välj den enhet som ska ha ärendet',
  'har-redan-enhet': () => 'ärendet har redan en enhet: flytta det till en annan enhet med en anledning',
  'redan-hos-enheten': (p) => `ärendet ligger redan hos ${v(p, 'unit')}`,
  'anonymt-utan-svar': () => 'ett anonymt ärende kan inte besvaras; avsluta det med de åtgärder som vidtagits',
  'svar-behovs': () => 'ett besvarat ärende behöver svaret som gavs till invånaren',
  'typ-behovs': () => 'välj typ (klagomål, synpunkt, förslag eller beröm)',
  'verksamhet-behovs': () => 'välj verksamhet',
  'vad-behovs': () => 'beskriv vad som hände',
  'ofullstandigt-tomt': () => 'ett ofullständigt ärende måste behålla något som invånaren sa eller spelade in',
  'anonymt-utan-kontakt': () => 'ett anonymt ärende kan inte ha kontaktuppgifter',
  'anonymt-utan-svarssatt': () => 'ett anonymt ärende kan inte få svar',
  'anonymt-utan-aterringning': () => 'ett anonymt ärende kan inte få en återuppringning',
  'anonymt-utan-kvitto': () => 'ett anonymt ärende kan inte få kvitto med sms',
  'e-post-behovs': () => 'svar med e-post behöver en e-postadress',
  'telefon-behovs': () => 'svar per telefon behöver ett telefonnummer',
  'aterringning-ar-telefon': () => 'en återuppringning är ett svar per telefon',
  'fonstret-slutar-fore': () => 'tidsfönstret måste sluta efter att det börjar',
  'aterringning-behover-nummer': () => 'en återuppringning behöver ett nummer att ringa',
  'betalnummer': () => 'vi ringer inte betalnummer eller nummer med delad kostnad',
  'inget-telefonnummer': () => 'inte ett nummer vi kan ringa; skriv det som 070-123 45 67',
  'valj-lag': () => 'välj Lex Sarah eller Lex Maria',
  'valj-beslut': () => 'välj vad bedömningen kom fram till',
  'ivo-diarienummer': () => 'en anmälan till IVO behöver sitt diarienummer',
  'valj-kategori': () => 'välj bland kategorierna i listan',
  'sida-nummer': () => 'ange ett sidnummer från 1',
} satisfies Record<string, Say>;
export type ProblemCode = keyof typeof PROBLEM_MESSAGE;

/** Confirmations after a form did what it was asked: ?klart=<code> on the next page, never free text from the URL. */
export const NOTICE_MESSAGE = {
  'aterringning-tagen': () => 'Du har tagit återuppringningen. Ingen annan ringer upp samtidigt.',
  'aterringning-lamnad': () => 'Återuppringningen är tillbaka i kön.',
  'ringer-upp': () => 'Twilio ringer din telefon; svara så kopplas du till invånaren.',
  'resultat-sparat': () => 'Resultatet av återuppringningen är sparat.',
  'status-andrad': () => 'Ärendets status är ändrad.',
  'arende-registrerat': () => 'Ärendet är registrerat.',
  'arende-avslutat': () => 'Ärendet är avslutat.',
  'arende-flyttat': () => 'Ärendet är flyttat till den nya enheten.',
  'anteckning-sparad': () => 'Anteckningen är sparad.',
  'kategorier-sparade': () => 'Kategorierna är sparade.',
  'markerat-allvarligt': () => 'Ärendet är markerat som allvarligt.',
  'bedomning-sparad': () => 'Bedömningen är sparad.',
  'samtal-taget': () => 'Du har tagit samtalet.',
  'konto-skapat': () => 'Kontot är skapat.',
  'konto-avstangt': () => 'Kontot är avstängt.',
  'konto-aktiverat': () => 'Kontot är aktiverat igen.',
  'konto-upplast': () => 'Kontot är upplåst.',
  'losenord-sparat': () => 'Det nya lösenordet är sparat. Kontots inloggningar är avslutade.',
  'enhet-sparad': () => 'Ändringen av enheterna är sparad.',
  'regel-sparad': () => 'Ändringen av reglerna är sparad.',
  'besked-koat': () => 'Beskedet skickas till invånaren. Under Utskick ser du när det har gått iväg.',
  'svar-koat': () => 'Svaret skickas till invånaren. Under Utskick ser du när det har gått iväg.',
  'adress-sparad': () => 'Postadressen är sparad.',
  'brev-utskrivet': () => 'Brevet är markerat som utskrivet.',
} satisfies Record<string, Say>;
export type NoticeCode = keyof typeof NOTICE_MESSAGE;

/** The query parameter that carries a confirmation to the next page. */
export const NOTICE_PARAM = 'klart';

export function isNoticeCode(code: unknown): code is NoticeCode {
  return typeof code === 'string' && Object.hasOwn(NOTICE_MESSAGE, code);
}

export function noticeText(code: NoticeCode): string {
  return (NOTICE_MESSAGE[code] as Say)({});
}

/** A coded error's Swedish text; an error without a known code was written in Swedish where it is thrown. */
export function errorText(err: { message: string } & Partial<CodedMessage>): string {
  return err.code && Object.hasOwn(ERROR_MESSAGE, err.code) ? (ERROR_MESSAGE[err.code as ErrorCode] as Say)(err.params ?? {}) : err.message;
}

/** A field problem's Swedish text; a problem without a code was written in Swedish where it is found. */
export function problemText(problem: FieldProblem): string {
  return problem.code && Object.hasOwn(PROBLEM_MESSAGE, problem.code) ? (PROBLEM_MESSAGE[problem.code as ProblemCode] as Say)(problem.params ?? {}) : problem.message;
}
