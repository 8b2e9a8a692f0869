import type { Localized } from '../../flow/types';

const l = (sv: string, en: string, fi: string): Localized => ({ sv, en, fi });

/**
 * What only the chat says: its buttons and how it renders an ending. The questions themselves are the flow's,
 * including the callback offer when the resident asks for a person (flows/intakeCallbackOffer.ts).
 * The transfer words below are only a safety net, for a flow without a chat callback offer: the engine's words
 * for a transfer ("vänta kvar…") are the phone's queue, and the chat has no queue.
 */
export const CHAT_WORDS = {
  skip: l('Hoppa över', 'Skip', 'Ohita'),
  transferNoLiveChat: l(
    'Här i chatten kan ingen från kundtjänst svara direkt, men kundtjänst ringer gärna upp dig.',
    'Nobody from customer service can answer here in the chat, but customer service will gladly call you back.',
    'Täällä chatissa kukaan asiakaspalvelusta ei voi vastata heti, mutta asiakaspalvelu soittaa sinulle mielellään.',
  ),
  transferKept: l(
    'Det du har skrivit hittills är sparat med ärendenummer {reference}, så att kundtjänst kan ta hand om det.',
    'What you have written so far has been kept with case number {reference}, so that customer service can follow it up.',
    'Se, mitä olet tähän mennessä kirjoittanut, on tallennettu asianumerolla {reference}, jotta asiakaspalvelu voi hoitaa sen.',
  ),
  transferCallback: l(
    'Vill du bli uppringd? Starta en ny konversation, berätta vad det gäller och välj att få svar per telefon, så ringer vi dig.',
    'Would you like a call back? Start a new conversation, tell us what it is about and choose an answer by phone, and we will call you.',
    'Haluatko, että sinulle soitetaan? Aloita uusi keskustelu, kerro mitä asia koskee ja valitse vastaus puhelimitse, niin soitamme sinulle.',
  ),
  transferPhone: l('Du kan också ringa kundtjänst på {number}.', 'You can also call customer service on {number}.', 'Voit myös soittaa asiakaspalveluun numeroon {number}.'),
  alreadyEnded: l(
    'Det här samtalet är avslutat. Starta en ny konversation om du vill lämna något mer.',
    'This conversation has ended. Start a new conversation if you would like to tell us something more.',
    'Tämä keskustelu on päättynyt. Aloita uusi keskustelu, jos haluat kertoa jotain lisää.',
  ),
  tooLong: l(
    'Meddelandet är för långt. Skriv högst {max} tecken åt gången.',
    'That message is too long. Please write at most {max} characters at a time.',
    'Viesti on liian pitkä. Kirjoita enintään {max} merkkiä kerrallaan.',
  ),
  moreChoices: l('Fler val, skriv siffran:', 'More choices, type the number:', 'Lisää vaihtoehtoja, kirjoita numero:'),
  numberedChoice: l('{number}. {label}', '{number}. {label}', '{number}. {label}'),
  attachmentReceived: l(
    'Tack, vi har tagit emot {files}. Det följer med ditt ärende.',
    'Thank you, we have received {files}. It will go with your case.',
    'Kiitos, olemme vastaanottaneet {files}. Se liitetään asiaasi.',
  ),
  apology: l(
    'Förlåt, något gick fel hos oss. Det du redan har skrivit är sparat. Skriv ditt svar en gång till, eller försök igen om en liten stund.',
    'Sorry, something went wrong on our side. What you have already written is kept. Please write your answer again, or try again in a moment.',
    'Anteeksi, meillä meni jotain vikaan. Se, mitä olet jo kirjoittanut, on tallennettu. Kirjoita vastauksesi uudelleen tai yritä hetken kuluttua uudelleen.',
  ),
} as const;
