import type { Language, MinorityLanguage } from '../domain';

/** The page's own words (the conversation's are the flow's). The client script has the same for what changes live. */
export const PAGE_TEXT: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  sv: {
    title: 'Automatisk chatt – klagomål, förslag och beröm',
    heading: 'Automatisk chatt för klagomål, förslag och beröm',
    intro: 'Här svarar en automatisk tjänst, inte en person. Det du skriver sparas, och kundtjänst tar hand om det. Om någon är i fara just nu, ring 112.',
    log: 'Chattens meddelanden',
    choices: 'Svarsalternativ',
    label: 'Skriv ditt svar',
    hint: 'Tryck Enter för att skicka. Skift och Enter ger en ny rad.',
    send: 'Skicka',
    restart: 'Starta en ny konversation',
    attach: 'Bifoga en bild eller PDF',
    attachHint: 'Till exempel ett foto av ett brev eller ett beslut, högst {max} MB.',
    inThisLanguage: 'På svenska',
    noScript: 'Chatten behöver JavaScript. Du kan också ringa kommunens kundtjänst.',
    minorityInfo: 'Information på andra språk:',
    callMe: 'Kundtjänst kan ringa dig:',
    callMeMeankieli: 'på meänkieli',
    callMeSami: 'på samiska',
    statement: 'Tillgänglighetsredogörelse (öppnas i en ny flik)',
  },
  en: {
    title: 'Automatic chat – complaints, suggestions and praise',
    heading: 'Automatic chat for complaints, suggestions and praise',
    intro: 'An automatic service answers here, not a person. What you write is saved, and customer service will take care of it. If someone is in danger now, call 112.',
    log: 'The chat’s messages',
    choices: 'Answers to choose from',
    label: 'Write your answer',
    hint: 'Press Enter to send. Shift and Enter gives a new line.',
    send: 'Send',
    restart: 'Start a new conversation',
    attach: 'Attach an image or PDF',
    attachHint: 'For example a photo of a letter or a decision, at most {max} MB.',
    inThisLanguage: 'In English',
    noScript: "The chat needs JavaScript. You can also call the municipality's customer service.",
    minorityInfo: 'Information in other languages:',
    callMe: 'Customer service can call you:',
    callMeMeankieli: 'in Meänkieli',
    callMeSami: 'in Sámi',
    statement: 'Accessibility statement (opens in a new tab)',
  },
  fi: {
    title: 'Automaattinen chat – valitukset, ehdotukset ja kiitokset',
    heading: 'Automaattinen chat valituksille, ehdotuksille ja kiitoksille',
    intro: 'Täällä vastaa automaattinen palvelu, ei ihminen. Kirjoittamasi tallennetaan, ja asiakaspalvelu hoitaa asian. Jos joku on vaarassa juuri nyt, soita 112.',
    log: 'Chatin viestit',
    choices: 'Vastausvaihtoehdot',
    label: 'Kirjoita vastauksesi',
    hint: 'Lähetä painamalla Enter. Vaihto ja Enter antaa uuden rivin.',
    send: 'Lähetä',
    restart: 'Aloita uusi keskustelu',
    attach: 'Liitä kuva tai PDF',
    attachHint: 'Esimerkiksi valokuva kirjeestä tai päätöksestä, enintään {max} Mt.',
    inThisLanguage: 'Suomeksi',
    noScript: 'Chat tarvitsee JavaScriptin. Voit myös soittaa kunnan asiakaspalveluun.',
    minorityInfo: 'Tietoa muilla kielillä:',
    callMe: 'Asiakaspalvelu voi soittaa sinulle:',
    callMeMeankieli: 'meänkieleksi',
    callMeSami: 'saameksi',
    statement: 'Saavutettavuusseloste ruotsiksi (avautuu uuteen välilehteen)',
  },
};

/**
 * Meänkieli and Sámi have no speech technology for the phone or the chat: the page links to the municipality's own
 * information in them, each named in its own language.
 */
export const MINORITY_LANGUAGE_NAMES: Readonly<Record<MinorityLanguage, string>> = { meankieli: 'Meänkielelä', sami: 'Sámegillii' };
