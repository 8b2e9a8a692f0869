/**
 * What a caller hears on the way to a case's status (PROMPTS.md: the facts before the question, the choice before
 * the key, numbers said as digits). The status itself and "not satisfied" are src/residentStatus's words.
 */
import type { Language } from '../../domain';

export interface CaseStatusWords {
  askNumber: string;
  numberUnclear: string;
  notFound: string;
  throttled: string;
  noPhone: string;
  codeSent: string;
  codeWrong: string;
  codeEnded: string;
  codeExpired: string;
  notSatisfiedOffer: string;
  goodbye: string;
  tryLater: string;
}

export const CASE_STATUS_WORDS: Readonly<Record<Language, CaseStatusWords>> = {
  sv: {
    askNumber: 'Tryck in ditt ärendenummer: först årtalet, sedan numret, och sist fyrkant. Till exempel 2 0 2 6, sedan 4 2, och fyrkant.',
    numberUnclear: 'Jag fick inte med hela numret.',
    notFound: 'Jag hittar inget ärende med det numret.',
    throttled: 'Du har frågat om många ärenden på kort tid, så jag kan inte söka fler just nu. Försök igen om en timme, eller ring kundtjänst när vi har öppet.',
    noPhone: 'Det finns inget telefonnummer i det ärendet, så jag kan inte berätta hur det går i telefon. Du kan fråga i chatten på kommunens webbplats, så skickar vi en kod till din e-post. Du kan också ringa kundtjänst när vi har öppet.',
    codeSent: 'Vi har skickat en kod i ett sms till telefonnumret i ärendet. Tryck in koden, sex siffror, när du har fått den.',
    codeWrong: 'Koden stämmer inte. Tryck in den igen.',
    codeEnded: 'Koden stämmer inte, och du har försökt tre gånger. Ring gärna igen senare, så skickar vi en ny kod.',
    codeExpired: 'Koden gäller inte längre. Ring gärna igen, så skickar vi en ny kod.',
    notSatisfiedOffer: 'Om du inte är nöjd med svaret, tryck 3. Annars kan du lägga på.',
    goodbye: 'Tack för att du ringde. Hej då!',
    tryLater: 'Förlåt, något gick fel hos oss. Ring gärna igen om en stund.',
  },
  en: {
    askNumber: 'Please key in your case number: first the year, then the number, and then the hash key. For example 2 0 2 6, then 4 2, and hash.',
    numberUnclear: 'I did not get the whole number.',
    notFound: 'I cannot find a case with that number.',
    throttled: 'You have asked about many cases in a short time, so I cannot look up more just now. Please try again in an hour, or call customer service when we are open.',
    noPhone: "There is no phone number on that case, so I cannot tell you how it is going by phone. You can ask in the chat on the municipality's website, and we send a code to your e-mail. You can also call customer service when we are open.",
    codeSent: 'We have sent a code by text message to the phone number on the case. Please key in the code, six digits, when you have it.',
    codeWrong: 'That code is not right. Please key it in again.',
    codeEnded: 'That code is not right, and you have tried three times. Please call again later, and we will send a new code.',
    codeExpired: 'That code no longer works. Please call again, and we will send a new code.',
    notSatisfiedOffer: 'If you are not satisfied with the answer, press 3. Otherwise you can hang up.',
    goodbye: 'Thank you for calling. Goodbye!',
    tryLater: 'Sorry, something went wrong on our side. Please call again in a while.',
  },
  fi: {
    askNumber: 'Näppäile asianumerosi: ensin vuosi, sitten numero ja lopuksi risuaita. Esimerkiksi 2 0 2 6, sitten 4 2 ja risuaita.',
    numberUnclear: 'En saanut koko numeroa.',
    notFound: 'En löydä asiaa tällä numerolla.',
    throttled: 'Olet kysynyt monesta asiasta lyhyessä ajassa, joten en voi hakea enempää juuri nyt. Yritä uudelleen tunnin kuluttua tai soita asiakaspalveluun aukioloaikana.',
    noPhone: 'Asiassa ei ole puhelinnumeroa, joten en voi kertoa sen tilasta puhelimessa. Voit kysyä kunnan verkkosivujen chatissa, jolloin lähetämme koodin sähköpostiisi. Voit myös soittaa asiakaspalveluun aukioloaikana.',
    codeSent: 'Lähetimme koodin tekstiviestinä asiassa olevaan puhelinnumeroon. Näppäile koodi, kuusi numeroa, kun olet saanut sen.',
    codeWrong: 'Koodi ei ole oikein. Näppäile se uudelleen.',
    codeEnded: 'Koodi ei ole oikein, ja olet yrittänyt kolme kertaa. Soita myöhemmin uudelleen, niin lähetämme uuden koodin.',
    codeExpired: 'Koodi ei ole enää voimassa. Soita uudelleen, niin lähetämme uuden koodin.',
    notSatisfiedOffer: 'Jos et ole tyytyväinen vastaukseen, paina 3. Muuten voit lopettaa puhelun.',
    goodbye: 'Kiitos soitostasi. Näkemiin!',
    tryLater: 'Anteeksi, meillä meni jotain vikaan. Soita uudelleen hetken kuluttua.',
  },
};
