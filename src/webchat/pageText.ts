import type { Language } from '../domain';

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
    otherLanguage: 'In English',
    noScript: 'Chatten behöver JavaScript. Du kan också ringa kommunens kundtjänst.',
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
    otherLanguage: 'På svenska',
    noScript: "The chat needs JavaScript. You can also call the municipality's customer service.",
  },
};
