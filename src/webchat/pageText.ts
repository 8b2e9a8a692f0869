import type { Language, MinorityLanguage } from '../domain';

/** The page's own words (the conversation's are the flow's). The client script has the same for what changes live. */
export const PAGE_TEXT: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  sv: {
    title: 'Chatta med kundtjänst – synpunkter, klagomål och beröm',
    heading: 'Chatta med kundtjänst',
    intro: 'Lämna synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd. Skriv i rutan längst ner, eller välj ett av svarsalternativen.',
    log: 'Konversationen med kundtjänst',
    choices: 'Svarsalternativ',
    label: 'Skriv ditt svar',
    hint: 'Tryck Enter för att skicka. Skift och Enter ger en ny rad.',
    send: 'Skicka meddelande',
    restart: 'Starta en ny konversation',
    attach: 'Bifoga en bild eller PDF',
    attachHint: 'Till exempel ett foto av ett brev eller ett beslut, högst {max} MB.',
    inThisLanguage: 'På svenska',
    noScript: 'Chatten behöver JavaScript. Du kan också ringa kommunens kundtjänst.',
    minorityInfo: 'Information på andra språk:',
    callMe: 'Kundtjänst kan ringa dig:',
    callMeMeankieli: 'på meänkieli',
    callMeSami: 'på samiska',
  },
  en: {
    title: 'Chat with customer service – feedback, complaints and praise',
    heading: 'Chat with customer service',
    intro: 'Give feedback, complaints or praise about care, social services and support. Write in the box at the bottom, or choose one of the answers offered.',
    log: 'The conversation with customer service',
    choices: 'Answers to choose from',
    label: 'Write your answer',
    hint: 'Press Enter to send. Shift and Enter gives a new line.',
    send: 'Send message',
    restart: 'Start a new conversation',
    attach: 'Attach an image or PDF',
    attachHint: 'For example a photo of a letter or a decision, at most {max} MB.',
    inThisLanguage: 'In English',
    noScript: "The chat needs JavaScript. You can also call the municipality's customer service.",
    minorityInfo: 'Information in other languages:',
    callMe: 'Customer service can call you:',
    callMeMeankieli: 'in Meänkieli',
    callMeSami: 'in Sámi',
  },
  fi: {
    title: 'Keskustele asiakaspalvelun kanssa – palaute, valitukset ja kiitokset',
    heading: 'Keskustele asiakaspalvelun kanssa',
    intro: 'Anna palautetta, tee valitus tai kiitä hoidosta, sosiaalipalveluista ja tuesta. Kirjoita alimpaan ruutuun tai valitse jokin vastausvaihtoehdoista.',
    log: 'Keskustelu asiakaspalvelun kanssa',
    choices: 'Vastausvaihtoehdot',
    label: 'Kirjoita vastauksesi',
    hint: 'Lähetä painamalla Enter. Vaihto ja Enter antaa uuden rivin.',
    send: 'Lähetä viesti',
    restart: 'Aloita uusi keskustelu',
    attach: 'Liitä kuva tai PDF',
    attachHint: 'Esimerkiksi valokuva kirjeestä tai päätöksestä, enintään {max} Mt.',
    inThisLanguage: 'Suomeksi',
    noScript: 'Chat tarvitsee JavaScriptin. Voit myös soittaa kunnan asiakaspalveluun.',
    minorityInfo: 'Tietoa muilla kielillä:',
    callMe: 'Asiakaspalvelu voi soittaa sinulle:',
    callMeMeankieli: 'meänkieleksi',
    callMeSami: 'saameksi',
  },
};

/**
 * Meänkieli and Sámi have no speech technology for the phone or the chat: the page links to the municipality's own
 * information in them, each named in its own language.
 */
export const MINORITY_LANGUAGE_NAMES: Readonly<Record<MinorityLanguage, string>> = { meankieli: 'Meänkielelä', sami: 'Sámegillii' };
