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
  greetingChat: l(
    'Välkommen till kommunens kundtjänst. Om någon är i akut fara, ring 112 direkt.',
    "Welcome to the municipality's customer service. If someone is in acute danger, call 112 straight away.",
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
  /** `{day}` is the next working day, "måndag 30 november". */
  callbackWindow: l('När passar det att vi ringer dig {day}?', 'When would you like us to call you on {day}?'),
  confirmSend: l('Vill du skicka in det?', 'Would you like to send it?'),
  voiceMessage: l(
    'Lämna ett meddelande efter tonen, på högst två minuter. Berätta vad som har hänt, och säg ditt namn och ' +
      'telefonnummer om du vill att vi hör av oss. Tryck fyrkant när du är klar.',
    'Please leave a message after the tone, of up to two minutes. Tell us what happened, and say your name and ' +
      'phone number if you would like us to get back to you. Press the hash key when you have finished.',
  ),
  voiceMessageKept: l(
    'Tack, ditt meddelande är sparat och kundtjänst tar hand om det. Ha det bra!',
    'Thank you, your message has been saved and customer service will follow it up. Take care!',
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

export const ENGINE_PHRASES: EnginePhrases = {
  notUnderstood: l('Förlåt, jag uppfattade inte det.', "Sorry, I didn't catch that."),
  restarting: l('Vi börjar om från början.', "Let's start again from the beginning."),
  transferring: l(
    'Jag kopplar dig till kundtjänst. Vänta kvar, så svarar någon så snart som möjligt.',
    "I'm putting you through to customer service. Please hold, and someone will answer as soon as they can.",
  ),
  toVoiceMessage: l(
    'Jag uppfattar tyvärr inte vad du säger, men du kan lämna ett röstmeddelande i stället.',
    "I'm sorry, I can't make out what you are saying, but you can leave a voice message instead.",
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
