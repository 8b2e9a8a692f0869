/**
 * What the intake says, in Swedish and English. Short, warm and plain, like good customer service on the
 * phone: one thing at a time. Texts that depend on answers (read-backs, the goodbye) are in intakeSpeech.ts.
 */
import type { EnginePhrases } from '../src/flow/flowTypes';
import { localized as l } from '../src/flow/speaking';

export const PROMPTS = {
  greetingPhone: l(
    'Välkommen till kommunens kundtjänst. Om någon är i akut fara, lägg på och ring 112.',
    "Welcome to the municipality's customer service. If someone is in acute danger, hang up and call 112.",
  ),
  /** The chat says plainly that it is automatic, and what a person does with what is sent. */
  greetingChat: l(
    'Välkommen till kommunens kundtjänst. Det här är en automatisk chatt: ingen person läser det du skriver just nu. ' +
      'När du har skickat in ditt ärende läser en handläggare det och tar hand om det. Om någon är i akut fara, ring 112 direkt.',
    "Welcome to the municipality's customer service. This is an automatic chat: no person is reading what you write just now. " +
      'Once you have sent your case, a case officer reads it and deals with it. If someone is in acute danger, call 112 straight away.',
  ),
  menu: l('Vad kan vi hjälpa dig med?', 'How can we help you?'),
  kind: l('Vad vill du lämna?', 'What would you like to give us?'),
  area: l('Vilken verksamhet gäller det?', 'Which service is it about?'),
  publicDocument: l(
    'Innan du berättar: det du lämnar till oss blir en allmän handling, som andra kan begära att få läsa, om inte sekretess gäller. ' +
      'Uppgifter om någons hälsa och personliga förhållanden skyddas oftast av sekretess.',
    'Before you tell us: what you give us becomes a public document, which others may ask to read, unless secrecy applies. ' +
      "Details of someone's health and personal circumstances are usually protected by secrecy.",
  ),
  what: l('Berätta med egna ord vad som har hänt.', 'Please tell us in your own words what happened.'),
  /** A suggestion is about what could be better, not what happened. */
  whatSuggestion: l('Vad skulle du vilja ändra? Berätta med egna ord.', 'What would you like to change? Please tell us in your own words.'),
  /** Praise: who or what first, then what made it good. */
  praiseWho: l('Vem eller vad vill du ge beröm?', 'Who or what would you like to praise?'),
  praiseWhy: l('Vad var det som var bra?', 'What was it that was good?'),
  /** The phone ends an answer at a pause: a caller who stops to think may go on, every part is kept. */
  whatMore: l(
    'Vill du lägga till något? Berätta, eller tryck fyrkant om du är klar.',
    'Would you like to add anything? Go on, or press the hash key if you have finished.',
  ),
  whenWhere: l('När och var hände det?', 'When and where did it happen?'),
  consequences: l(
    'Vilka följder fick det för dig eller din närstående?',
    'What were the consequences for you or the person close to you?',
  ),
  onBehalf: l('Gäller det dig själv, en närstående eller någon annan?', 'Is it about yourself, a relative or someone else?'),
  anonymous: l(
    'Vill du vara anonym? Då utreder vi ärendet ändå, men vi kan inte ge dig något svar.',
    'Would you like to stay anonymous? We will still look into it, but we will not be able to give you an answer.',
  ),
  /** Praise is passed on, not looked into. */
  anonymousPraise: l(
    'Vill du vara anonym? Då lämnar vi ändå ditt beröm vidare, men vi kan inte svara dig.',
    'Would you like to stay anonymous? We will still pass your praise on, but we will not be able to answer you.',
  ),
  wantsReply: l('Vill du att vi hör av oss till dig med ett svar?', 'Would you like us to get back to you with an answer?'),
  name: l('Vad heter du?', 'What is your name?'),
  replyMethod: l('Hur vill du få svar, per telefon eller e-post?', 'How would you like your answer, by phone or by e-mail?'),
  numberReadBack: l('Vi ringer dig på', 'We will call you on'),
  numberRight: l('Stämmer det?', 'Is that right?'),
  numberEntryPhone: l(
    'Slå det telefonnummer vi ska ringa, med riktnummer, och avsluta med fyrkant.',
    'Please key in the phone number we should call, with the area code, and finish with the hash key.',
  ),
  numberEntryChat: l('Skriv det telefonnummer vi ska ringa.', 'Please write the phone number we should call.'),
  numberInvalid: l(
    'Det numret kan jag tyvärr inte använda. Det behöver vara ett svenskt nummer, eller ett nummer med landsnummer.',
    "I'm sorry, I can't use that number. It needs to be a Swedish number, or a number with its country code.",
  ),
  numberRefused: l(
    'Till det numret kan vi tyvärr inte ringa, eftersom det är ett betalnummer eller liknande.',
    "I'm sorry, we cannot call that number, as it is a premium-rate or similar number.",
  ),
  email: l('Skriv din e-postadress.', 'Please write your e-mail address.'),
  emailInvalid: l(
    'Den e-postadressen ser inte riktig ut. Skriv den som namn@exempel.se.',
    "That e-mail address doesn't look right. Please write it like name@example.com.",
  ),
  callbackDay: l('Vilken dag passar det att kundtjänst ringer dig?', 'Which day would suit you for customer service to call?'),
  /** `{day}` is the chosen working day, "måndag 30 november". */
  callbackWindow: l('När passar det att vi ringer dig {day}?', 'When would you like us to call you on {day}?'),
  confirmSend: l('Vill du skicka in det?', 'Would you like to send it?'),
  /** The chat's read-back before sending: everything that will be sent, each part with a way to change it. */
  confirmHeading: l('Det här skickar vi in:', 'This is what we will send:'),
  confirmWhat: l('Det du berättade: {text}', 'What you told us: {text}'),
  confirmWhenWhere: l('När och var: {text}', 'When and where: {text}'),
  confirmConsequences: l('Följder: {text}', 'Consequences: {text}'),
  confirmOnBehalfSelf: l('Det gäller dig själv.', 'It is about yourself.'),
  confirmOnBehalfRelative: l('Det gäller en närstående.', 'It is about a relative.'),
  confirmOnBehalfOther: l('Det gäller någon annan.', 'It is about someone else.'),
  confirmAnonymous: l('Du är anonym: vi sparar inget namn eller nummer, och du får inget svar.', 'You are anonymous: we keep no name or number, and you will get no answer.'),
  confirmNoReply: l('Du vill inte ha något svar.', 'You would not like an answer.'),
  confirmName: l('Ditt namn: {name}', 'Your name: {name}'),
  confirmPhone: l('Svar per telefon: {number}', 'Answer by phone: {number}'),
  confirmEmail: l('Svar per e-post: {email}', 'Answer by e-mail: {email}'),
  confirmSendOrChange: l('Stämmer allt? Skicka in det, eller välj det du vill ändra.', 'Is everything right? Send it, or choose what you would like to change.'),
  /** Why a voice message now, by what the caller was doing when they could not be understood. */
  toVoiceMessageWords: l(
    'Jag har svårt att uppfatta vad du säger. Du kan berätta det i ett röstmeddelande i stället, så lyssnar kundtjänst på det.',
    "I'm having trouble making out what you are saying. You can tell us in a voice message instead, and customer service will listen to it.",
  ),
  toVoiceMessageNumber: l(
    'Jag uppfattade inte numret. Du kan säga det i ett röstmeddelande i stället.',
    "I didn't catch the number. You can say it in a voice message instead.",
  ),
  toVoiceMessageChoice: l(
    'Jag uppfattade inte ditt svar. Du kan lämna ett röstmeddelande i stället, så tar kundtjänst hand om det.',
    "I didn't catch your answer. You can leave a voice message instead, and customer service will follow it up.",
  ),
  /** What to say in the voice message: nothing told yet, something told already, or the number that was not caught. */
  voiceMessageTell: l(
    'Berätta vad som har hänt, och säg ditt namn och telefonnummer om du vill att vi hör av oss.',
    'Tell us what happened, and say your name and phone number if you would like us to get back to you.',
  ),
  voiceMessageAdd: l(
    'Det du redan har berättat är sparat. Säg det du vill lägga till, och ditt namn och telefonnummer om du vill att vi hör av oss.',
    'What you have already told us is saved. Say what you would like to add, and your name and phone number if you would like us to get back to you.',
  ),
  voiceMessageNumber: l('Säg ditt namn och det telefonnummer vi ska ringa.', 'Say your name and the phone number we should call.'),
  voiceMessageHow: l(
    'Du har högst två minuter. Tryck fyrkant när du är klar. Börja prata efter tonen.',
    'You have up to two minutes. Press the hash key when you have finished. Start speaking after the tone.',
  ),
  voiceMessageKept: l(
    'Tack, ditt meddelande är sparat och kundtjänst tar hand om det.',
    'Thank you, your message has been saved and customer service will follow it up.',
  ),
  /** `{day}` is the callback day, "måndag 30 november". */
  callbackOfferNotice: l(
    'Här i chatten kan ingen från kundtjänst svara direkt, men kundtjänst kan ringa dig {day}.',
    'Nobody from customer service can answer here in the chat, but customer service can call you on {day}.',
  ),
  /** `{hours}`: "vardagar från klockan 8 till 16 och 30" (written "vardagar klockan 8–16.30"); `{next}`: "måndag 28 december klockan 8". */
  closed: l(
    'Kundtjänst har stängt nu. Vi har öppet {hours}. Vi öppnar igen {next}.',
    'Customer service is closed now. We are open {hours}. We open again {next}.',
  ),
  /** The chat, while closed; `{day}` is the callback day. */
  closedChatCallback: l(
    'Ingen läser chatten just nu, men kundtjänst kan ringa dig {day}.',
    'Nobody is reading the chat just now, but customer service can call you on {day}.',
  ),
  /** The phone, while closed; `{day}` is the callback day. */
  closedPhoneOffer: l(
    'Kundtjänst kan ringa dig {day}. Du kan också lämna ett meddelande.',
    'Customer service can call you on {day}. You can also leave a message.',
  ),
  callbackOfferAnonymous: l(
    'Om kundtjänst ringer upp dig är du inte längre anonym, eftersom vi sparar ditt nummer.',
    'If customer service calls you back, you will no longer be anonymous, as we keep your number.',
  ),
  callbackOffer: l('Vill du att kundtjänst ringer dig?', 'Would you like customer service to call you?'),
  resuming: l('Då fortsätter vi här.', "Then let's carry on here."),
  seriousNotice: l(
    'Det du berättar kan behöva utredas skyndsamt. Vi tar hand om det direkt.',
    'What you describe may need to be looked into urgently. We will deal with it straight away.',
  ),
} as const;

/** Whole answers to "Vill du lägga till något?" that mean there is no more. */
export const DONE_WORDS = {
  sv: ['nej', 'nej tack', 'nä', 'det var allt', 'nej det var allt', 'det är allt', 'klar', 'jag är klar', 'färdig', 'inget mer', 'nej inget mer', 'inget'],
  en: ['no', 'no thanks', 'nothing', 'nothing else', 'that is all', "that's all", 'done', "i'm done", 'i am done', 'finished', 'nothing more'],
} as const;

export const ENGINE_PHRASES: EnginePhrases = {
  notUnderstood: {
    spoken: l('Förlåt, jag uppfattade inte det. Tryck på en siffra, eller säg ditt svar.', "Sorry, I didn't catch that. Press a number, or say your answer."),
    written: l('Förlåt, jag förstod inte. Välj en knapp, eller skriv med andra ord.', "Sorry, I didn't understand. Choose a button, or write it in other words."),
  },
  noAnswer: l('Jag fick inget svar.', "I didn't get an answer."),
  wrongKey: l('Du tryckte {key}, men det finns inget sådant val.', 'You pressed {key}, but there is no such choice.'),
  cannotSkip: l('Den här frågan behöver ett svar. Den går inte att hoppa över.', 'This question needs an answer. It cannot be skipped.'),
  wordsWanted: l('Svara med ord här, inte med knapparna.', 'Please answer in words here, not with the keys.'),
  restarting: l('Vi börjar om från början.', "Let's start again from the beginning."),
  transferring: l(
    'Jag kopplar dig till kundtjänst. Vänta kvar, så svarar någon så snart som möjligt.',
    "I'm putting you through to customer service. Please hold, and someone will answer as soon as they can.",
  ),
  closedGoodbye: l(
    'Kundtjänst har stängt just nu och öppnar igen på morgonen nästa vardag. Välkommen att höra av dig igen. Ha det bra!',
    'Customer service is closed just now and opens again in the morning on the next working day. You are welcome to get in touch again. Take care!',
  ),
  keptSoFar: l(
    'Det du har berättat hittills har vi sparat, så att kundtjänst kan ta hand om det.',
    'We have kept what you have told us so far, so that customer service can follow it up.',
  ),
  pressKey: l('{label}, tryck {key}.', '{label}, press {key}.'),
  skipHint: l('Vill du hoppa över frågan, tryck fyrkant.', 'To skip this question, press the hash key.'),
  tooLong: l('Det blev lite för långt. Skriv högst {max} tecken.', 'That was a little too long. Please write at most {max} characters.'),
};
