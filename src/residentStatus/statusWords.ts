/**
 * What a resident hears and reads about their case's status, and about taking an answer further, in sv, en and fi.
 * Spoken and written alike (PROMPTS.md): short sentences, dates in words, "ärende" only in ärendenummer.
 */
import { SWEDISH_TIME_ZONE, type CaseKind, type CaseStatus, type Language } from '../domain';
import type { NotSatisfiedOutcome } from './notSatisfied';
import type { StatusFacts, WhereNext } from './statusFacts';

type ByLanguage<T> = Readonly<Record<Language, T>>;

const LOCALE: ByLanguage<string> = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI' };

/** "den 30 november", "30 November", "30. marraskuuta": how the voice reads a date well. */
export function dayInWords(date: Date, language: Language): string {
  const day = new Intl.DateTimeFormat(LOCALE[language], { timeZone: SWEDISH_TIME_ZONE, day: 'numeric', month: 'long' }).format(date);
  return language === 'sv' ? `den ${day}` : day;
}

const WHAT: ByLanguage<Readonly<Record<CaseKind | 'none', string>>> = {
  sv: { klagomal: 'Ditt klagomål', synpunkt: 'Ditt förslag', forslag: 'Ditt förslag', berom: 'Ditt beröm', none: 'Det du lämnade' },
  en: { klagomal: 'Your complaint', synpunkt: 'Your suggestion', forslag: 'Your suggestion', berom: 'Your praise', none: 'What you gave us' },
  fi: { klagomal: 'Valituksesi', synpunkt: 'Ehdotuksesi', forslag: 'Ehdotuksesi', berom: 'Kiitoksesi', none: 'Asiasi' },
};

const STATUS: ByLanguage<Readonly<Record<CaseStatus, string>>> = {
  sv: {
    registered: 'har kommit in till oss och väntar på att lämnas till rätt enhet.',
    routed: 'ligger hos {unit}, som ska ta hand om det.',
    investigating: 'utreds nu av {unit}.',
    answered: 'har fått ett svar från {unit}.',
    closed: 'är avslutat.',
    incomplete: 'kom inte in helt. Kundtjänst hör av sig, eller så kan du ringa dem.',
  },
  en: {
    registered: 'has reached us and is waiting to be passed to the right unit.',
    routed: 'is with {unit}, who will deal with it.',
    investigating: 'is being looked into by {unit}.',
    answered: 'has been answered by {unit}.',
    closed: 'is closed.',
    incomplete: 'did not reach us in full. Customer service will contact you, or you can call them.',
  },
  fi: {
    registered: 'on tullut meille ja odottaa siirtoa oikealle yksikölle.',
    routed: 'on yksiköllä {unit}, joka hoitaa sen.',
    investigating: 'on selvitettävänä yksikössä {unit}.',
    answered: 'on saanut vastauksen yksiköltä {unit}.',
    closed: 'on päätetty.',
    incomplete: 'ei tullut meille kokonaan. Asiakaspalvelu ottaa yhteyttä, tai voit soittaa heille.',
  },
};

const DATES: ByLanguage<{ registered: string; newsDue: string; newsGiven: string; answerDue: string; answerGiven: string; noUnit: string }> = {
  sv: {
    registered: 'Vi tog emot det {date}.',
    newsDue: 'Du ska få veta vad vi gör senast {date}.',
    newsGiven: 'Du fick veta vad vi gör {date}.',
    answerDue: 'Du ska få ett svar senast {date}.',
    answerGiven: 'Du fick ett svar {date}.',
    noUnit: 'kommunen',
  },
  en: {
    registered: 'We received it on {date}.',
    newsDue: 'You will hear what we are doing by {date}.',
    newsGiven: 'You heard what we are doing on {date}.',
    answerDue: 'You will get an answer by {date}.',
    answerGiven: 'You got an answer on {date}.',
    noUnit: 'the municipality',
  },
  fi: {
    registered: 'Vastaanotimme sen {date}.',
    newsDue: 'Kerromme, mitä teemme, viimeistään {date}.',
    newsGiven: 'Kerroimme, mitä teemme, {date}.',
    answerDue: 'Saat vastauksen viimeistään {date}.',
    answerGiven: 'Sait vastauksen {date}.',
    noUnit: 'kunta',
  },
};

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** The status in sentences: what, where, and the dates kept or promised. Never the case's content. */
export function statusSentences(facts: StatusFacts, language: Language): string[] {
  const d = DATES[language];
  const unit = facts.unitName ?? d.noUnit;
  const date = (at: Date) => ({ date: dayInWords(at, language) });
  const sentences = [`${WHAT[language][facts.kind ?? 'none']} ${fill(STATUS[language][facts.status], { unit })}`, fill(d.registered, date(facts.registeredAt))];
  if (facts.status !== 'closed' || facts.newsGivenAt) sentences.push(fill(facts.newsGivenAt ? d.newsGiven : d.newsDue, date(facts.newsGivenAt ?? facts.newsDue)));
  if (facts.answerGivenAt) sentences.push(fill(d.answerGiven, date(facts.answerGivenAt)));
  else if (facts.status !== 'closed') sentences.push(fill(d.answerDue, date(facts.answerDue)));
  return sentences;
}

/** Where to turn after the municipality, by the case's area. */
export const WHERE_NEXT: ByLanguage<Readonly<Record<WhereNext, string>>> = {
  sv: {
    ivo: 'Om du fortfarande inte är nöjd efter det kan du vända dig till Inspektionen för vård och omsorg, IVO, på ivo.se.',
    patientnamnden: 'Om du fortfarande inte är nöjd efter det kan du vända dig till Patientnämnden i din region.',
    both: 'Om du fortfarande inte är nöjd efter det kan du vända dig till Inspektionen för vård och omsorg, IVO, på ivo.se, eller, om det gäller vård, till Patientnämnden i din region.',
  },
  en: {
    ivo: 'If you are still not satisfied after that, you can turn to the Health and Social Care Inspectorate, IVO, at ivo.se.',
    patientnamnden: "If you are still not satisfied after that, you can turn to the Patients' Advisory Committee, Patientnämnden, in your region.",
    both: "If you are still not satisfied after that, you can turn to the Health and Social Care Inspectorate, IVO, at ivo.se, or, for health care, to the Patients' Advisory Committee, Patientnämnden, in your region.",
  },
  fi: {
    ivo: 'Jos et ole sen jälkeenkään tyytyväinen, voit kääntyä Inspektionen för vård och omsorg -viraston, IVO:n, puoleen: ivo.se.',
    patientnamnden: 'Jos et ole sen jälkeenkään tyytyväinen, voit kääntyä alueesi potilaslautakunnan, Patientnämnden, puoleen.',
    both: 'Jos et ole sen jälkeenkään tyytyväinen, voit kääntyä IVO:n puoleen, ivo.se, tai terveydenhuollon asioissa alueesi potilaslautakunnan puoleen.',
  },
};

/** What happens now that the resident is not satisfied: who looks at it again, and when they hear. */
export const NOT_SATISFIED_WORDS: ByLanguage<{ movedUp: string; atTop: string; already: string; notAnswered: string }> = {
  sv: {
    movedUp: 'Tack. Vi har skickat ditt ärende vidare till {unit}, som tittar på det igen. Chefen där har fått veta. Du får ett nytt svar från dem.',
    atTop: 'Tack. Ditt ärende ligger redan hos den högsta nivån, {unit}. Där tittar de på det igen, och chefen har fått veta. Du får ett nytt svar från dem.',
    already: 'Vi har redan tagit emot att du inte är nöjd, och ditt ärende tittas på igen. Du behöver inte göra något mer.',
    notAnswered: 'Du har inte fått något svar ännu, så det finns inget att ta vidare. Du får ett svar senast {date}.',
  },
  en: {
    movedUp: 'Thank you. We have passed your case on to {unit}, who will look at it again. The manager there has been told. You will get a new answer from them.',
    atTop: 'Thank you. Your case is already at the highest level, {unit}. They will look at it again, and the manager has been told. You will get a new answer from them.',
    already: 'We have already been told that you are not satisfied, and your case is being looked at again. You do not need to do anything more.',
    notAnswered: 'You have not had an answer yet, so there is nothing to take further. You will get an answer by {date}.',
  },
  fi: {
    movedUp: 'Kiitos. Olemme lähettäneet asiasi yksikölle {unit}, joka käsittelee sen uudelleen. Esihenkilö on saanut tiedon. Saat heiltä uuden vastauksen.',
    atTop: 'Kiitos. Asiasi on jo ylimmällä tasolla, {unit}. Siellä asia käsitellään uudelleen, ja esihenkilö on saanut tiedon. Saat heiltä uuden vastauksen.',
    already: 'Olemme jo saaneet tiedon, että et ole tyytyväinen, ja asiasi käsitellään uudelleen. Sinun ei tarvitse tehdä mitään.',
    notAnswered: 'Et ole vielä saanut vastausta, joten jatkettavaa ei ole. Saat vastauksen viimeistään {date}.',
  },
};

/** What happens now that the resident said so, and always where to turn after that (IVO or Patientnämnden). */
export function takenFurtherSentences(outcome: NotSatisfiedOutcome, language: Language): string[] {
  const w = NOT_SATISFIED_WORDS[language];
  const said =
    outcome.kind === 'escalated'
      ? fill(outcome.atTop ? w.atTop : w.movedUp, { unit: outcome.unitName ?? DATES[language].noUnit })
      : outcome.kind === 'alreadyDone'
        ? w.already
        : fill(w.notAnswered, { date: dayInWords(outcome.answerDue, language) });
  return [said, WHERE_NEXT[language][outcome.whereNext]];
}

export function fillWords(text: string, values: Record<string, string>): string {
  return fill(text, values);
}

/** The one-time code by SMS or e-mail, in the case's language: the code and how long it lasts, nothing else. */
export const CODE_MESSAGE: ByLanguage<{ sms: string; subject: string }> = {
  sv: { sms: 'Din kod för att höra hur det går med ditt ärende är {code}. Koden gäller i 10 minuter. Om det inte var du som frågade kan du strunta i det här.', subject: 'Din kod' },
  en: { sms: 'Your code to hear how your case is going is {code}. It lasts for 10 minutes. If you did not ask, you can ignore this message.', subject: 'Your code' },
  fi: { sms: 'Koodisi asiasi tilan kuulemiseen on {code}. Koodi on voimassa 10 minuuttia. Jos et itse kysynyt, voit jättää viestin huomiotta.', subject: 'Koodisi' },
};
