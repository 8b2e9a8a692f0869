/**
 * Swedish: everything the intake says, and the words it listens for (choices, commands, spoken digits). The
 * reference catalogue: every other language is a file like this one with the same keys, which the type check holds
 * it to. Placeholders in braces are filled in: {day}, {key}, {label}… Serious words are in flows/seriousWords/ (a file per language).
 */
export const sv = {
  prompts: {
    greetingPhone: 'Välkommen till kommunens kundtjänst. Det här är en automatisk tjänst. Om någon är i akut fara, lägg på och ring 112.',
    greetingChat: 'Välkommen till kommunens kundtjänst. Det här är en automatisk chatt: ingen person läser det du skriver just nu. När du har skickat in ditt ärende läser en handläggare det och tar hand om det. Om någon är i akut fara, ring 112 direkt.',
    menu: 'Vad kan vi hjälpa dig med?',
    statusInChat: 'Skriv status och ditt ärendenummer, till exempel: status 2026-00042. Vi skickar en kod till den telefon eller e-post du gav oss, och sedan skriver du koden här.',
    kind: 'Vad vill du lämna?',
    area: 'Vilken verksamhet gäller det?',
    publicDocument: 'Innan du berättar: det du lämnar till oss blir en allmän handling, som andra kan begära att få läsa, om inte sekretess gäller. Uppgifter om någons hälsa och personliga förhållanden skyddas oftast av sekretess.',
    what: 'Berätta med egna ord vad som har hänt.',
    whatSuggestion: 'Vad skulle du vilja ändra? Berätta med egna ord.',
    praiseWho: 'Vem eller vad vill du ge beröm?',
    praiseWhy: 'Vad var det som var bra?',
    whatMore: 'Vill du lägga till något? Berätta, eller tryck fyrkant om du är klar.',
    whenWhere: 'När och var hände det?',
    consequences: 'Vilka följder fick det för dig eller din närstående?',
    onBehalf: 'Gäller det dig själv, en närstående eller någon annan?',
    anonymous: 'Vill du vara anonym? Då utreder vi ärendet ändå, men vi kan inte ge dig något svar.',
    anonymousPraise: 'Vill du vara anonym? Då lämnar vi ändå ditt beröm vidare, men vi kan inte svara dig.',
    wantsReply: 'Vill du att vi hör av oss till dig med ett svar?',
    name: 'Vad heter du?',
    replyMethod: 'Hur vill du få svar, per telefon eller e-post?',
    numberReadBack: 'Vi ringer dig på',
    numberRight: 'Stämmer det?',
    numberEntryPhone: 'Slå det telefonnummer vi ska ringa, med riktnummer, och avsluta med fyrkant.',
    numberEntryChat: 'Skriv det telefonnummer vi ska ringa.',
    numberInvalid: 'Det numret kan jag tyvärr inte använda. Det behöver vara ett svenskt nummer, eller ett nummer med landsnummer.',
    numberRefused: 'Till det numret kan vi tyvärr inte ringa, eftersom det är ett betalnummer eller liknande.',
    email: 'Skriv din e-postadress.',
    emailInvalid: 'Den e-postadressen ser inte riktig ut. Skriv den som namn@exempel.se.',
    callbackDay: 'Vilken dag passar det att kundtjänst ringer dig?',
    callbackWindow: 'När passar det att vi ringer dig {day}?',
    confirmSend: 'Vill du skicka in det?',
    confirmHeading: 'Det här skickar vi in:',
    confirmWhat: 'Det du berättade: {text}',
    confirmWhenWhere: 'När och var: {text}',
    confirmConsequences: 'Följder: {text}',
    confirmOnBehalfSelf: 'Det gäller dig själv.',
    confirmOnBehalfRelative: 'Det gäller en närstående.',
    confirmOnBehalfOther: 'Det gäller någon annan.',
    confirmAnonymous: 'Du är anonym: vi sparar inget namn eller nummer, och du får inget svar.',
    confirmNoReply: 'Du vill inte ha något svar.',
    confirmName: 'Ditt namn: {name}',
    confirmPhone: 'Svar per telefon: {number}',
    confirmEmail: 'Svar per e-post: {email}',
    confirmSendOrChange: 'Stämmer allt? Skicka in det, eller välj det du vill ändra.',
    toVoiceMessageWords: 'Jag har svårt att uppfatta vad du säger. Du kan berätta det i ett röstmeddelande i stället, så lyssnar kundtjänst på det.',
    toVoiceMessageNumber: 'Jag uppfattade inte numret. Du kan säga det i ett röstmeddelande i stället.',
    toVoiceMessageChoice: 'Jag uppfattade inte ditt svar. Du kan lämna ett röstmeddelande i stället, så tar kundtjänst hand om det.',
    voiceMessageTell: 'Berätta vad som har hänt, och säg ditt namn och telefonnummer om du vill att vi hör av oss.',
    voiceMessageAdd: 'Det du redan har berättat är sparat. Säg det du vill lägga till, och ditt namn och telefonnummer om du vill att vi hör av oss.',
    voiceMessageNumber: 'Säg ditt namn och det telefonnummer vi ska ringa.',
    voiceMessageHow: 'Du har högst två minuter. Tryck fyrkant när du är klar. Börja prata efter tonen.',
    voiceMessageKept: 'Tack, ditt meddelande är sparat och kundtjänst tar hand om det.',
    callbackOfferNotice: 'Här i chatten kan ingen från kundtjänst svara direkt, men kundtjänst kan ringa dig {day}.',
    closed: 'Kundtjänst har stängt nu. Vi har öppet {hours}. Vi öppnar igen {next}.',
    closedChatCallback: 'Ingen läser chatten just nu, men kundtjänst kan ringa dig {day}.',
    closedPhoneOffer: 'Kundtjänst kan ringa dig {day}. Du kan också lämna ett meddelande.',
    callbackOfferAnonymous: 'Om kundtjänst ringer upp dig är du inte längre anonym, eftersom vi sparar ditt nummer.',
    callbackOffer: 'Vill du att kundtjänst ringer dig?',
    /** A callback asked for from the chat page's link for Meänkieli or Sámi; `{language}` as in minorityLanguages. */
    callbackInLanguage: 'Vi skriver upp att du vill prata {language}, så att kundtjänst kan ordna det om det går.',
    resuming: 'Då fortsätter vi här.',
    seriousNotice: 'Det du berättar kan behöva utredas skyndsamt. Vi tar hand om det direkt.',
  },
  engine: {
    notUnderstoodSpoken: 'Förlåt, jag uppfattade inte det. Tryck på en siffra, eller säg ditt svar.',
    notUnderstoodWritten: 'Förlåt, jag förstod inte. Välj en knapp, eller skriv med andra ord.',
    noAnswer: 'Jag fick inget svar.',
    wrongKey: 'Du tryckte {key}, men det finns inget sådant val.',
    cannotSkip: 'Den här frågan behöver ett svar. Den går inte att hoppa över.',
    wordsWanted: 'Svara med ord här, inte med knapparna.',
    restarting: 'Vi börjar om från början.',
    transferring: 'Jag kopplar dig till kundtjänst. Vänta kvar, så svarar någon så snart som möjligt.',
    closedGoodbye: 'Kundtjänst har stängt just nu och öppnar igen på morgonen nästa vardag. Välkommen att höra av dig igen. Ha det bra!',
    keptSoFar: 'Det du har berättat hittills har vi sparat, så att kundtjänst kan ta hand om det.',
    pressKey: '{label}, tryck {key}.',
    skipHint: 'Vill du hoppa över frågan, tryck fyrkant.',
    tooLong: 'Det blev lite för långt. Skriv högst {max} tecken.',
  },
  kinds: { klagomal: 'ett klagomål', synpunkt: 'en synpunkt eller ett förslag', forslag: 'ett förslag', berom: 'beröm' },
  received: {
    klagomal: 'Tack! Nu har vi tagit emot ditt klagomål.',
    synpunkt: 'Tack! Nu har vi tagit emot ditt förslag.',
    forslag: 'Tack! Nu har vi tagit emot ditt förslag.',
    berom: 'Tack! Nu har vi tagit emot ditt beröm.',
  },
  windows: { morning: 'på förmiddagen, mellan 8 och 12', afternoon: 'på eftermiddagen, mellan 13 och 16.30' },
  closing: {
    registered: 'Tack, nu är ditt ärende registrerat. Ditt ärendenummer är',
    numberComing: 'Ha gärna papper och penna redo. Ditt ärendenummer är',
    numberAgain: 'Jag upprepar:',
    numberRepeatHint: 'För att höra numret igen, tryck stjärna.',
    passedOn: 'Vi lämnar ditt beröm vidare till dem det gäller.',
    personReads: 'En handläggare på kommunen läser det du har skickat och tar hand om det.',
    /** `{news}` and `{answer}` are the promised periods, "14 dagar" and "fyra veckor", from the calendar's deadlines. */
    replyTimes: 'Inom {news} får du veta vad som händer med ditt ärende, och du får ett svar inom {answer}.',
    callbackAt: 'Vi ringer dig {day}, {window}.',
    customerServiceCalls: 'Tack! Kundtjänst ringer dig {day}, {window}.',
    caseNumber: 'Ditt ärendenummer är',
    anonymous: 'Eftersom du är anonym utreder vi ärendet, men vi kan inte ge dig något svar.',
    noReply: 'Vi utreder ärendet. Med ärendenumret kan du alltid fråga kundtjänst hur det går.',
    notSatisfied: 'Om du inte är nöjd med hur vi hanterar ditt ärende kan du vända dig till IVO, Inspektionen för vård och omsorg.',
    notSatisfiedHealthCare: 'Om du inte är nöjd med hur vi hanterar ditt ärende kan du vända dig till IVO, Inspektionen för vård och omsorg, eller till Patientnämnden.',
    smsReceipt: 'Du får också ett sms med ärendenumret.',
    goodbye: 'Tack för att du hörde av dig. Ha det bra!',
    summary: 'Du vill lämna {kind} som gäller {area}.',
  },
  callbackOnly: {
    noQueue: 'Invånaren bad via chatten att bli uppringd av kundtjänst.',
    closedQueue: 'Invånaren ringde när kundtjänst hade stängt och bad att bli uppringd.',
    /** `{language}`: "meänkieli", "samiska" (minorityLanguages). */
    inLanguage: 'Invånaren vill bli uppringd av kundtjänst och prata {language}.',
  },
  choices: {
    menu: {
      intake: {
        label: 'Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd',
        synonyms: ['synpunkt', 'synpunkter', 'klagomål', 'klaga', 'beröm', 'förslag'],
      },
      status: { label: 'Hur går det med mitt ärende?', spoken: 'Vill du höra hur det går med ett ärende du redan har lämnat, tryck 2.', synonyms: ['hur går det', 'mitt ärende', 'status', 'ärendenummer'] },
      transfer: { label: 'Kundtjänst ringer dig', spoken: 'För att prata med någon i kundtjänst, tryck 0.', synonyms: [] },
    },
    kind: {
      klagomal: { label: 'Klagomål', synonyms: ['klaga', 'klagan', 'missnöjd'] },
      synpunkt: { label: 'Synpunkt eller förslag', synonyms: ['synpunkt', 'synpunkter', 'förslag', 'idé', 'tips', 'åsikt'] },
      berom: { label: 'Beröm', synonyms: ['berömma', 'ge beröm', 'positivt', 'tacka'] },
    },
    onBehalf: {
      self: { label: 'Mig själv', synonyms: ['mig', 'själv', 'jag själv'] },
      relative: {
        label: 'En närstående',
        synonyms: [
          'närstående', 'anhörig', 'min anhöriga', 'mamma', 'pappa', 'förälder', 'barn', 'make', 'maka',
          'sambo', 'släkting',
        ],
      },
      other: { label: 'Någon annan', synonyms: ['annan', 'granne', 'vän', 'kompis'] },
    },
    yesNo: {
      yes: { label: 'Ja', synonyms: ['ja', 'japp', 'jo', 'javisst', 'absolut', 'gärna', 'ja tack'] },
      no: { label: 'Nej', synonyms: ['nej', 'nej tack', 'nä', 'nix'] },
    },
    anonymous: {
      yes: { label: 'Ja, anonym', synonyms: ['ja', 'japp', 'jo', 'javisst', 'absolut', 'gärna', 'ja tack', 'anonym', 'anonymt'] },
      no: { label: 'Nej', synonyms: ['nej', 'nej tack', 'nä', 'nix', 'inte anonym'] },
    },
    numberRight: {
      right: { label: 'Ja, det stämmer', synonyms: ['ja', 'japp', 'jo', 'javisst', 'absolut', 'gärna', 'ja tack', 'stämmer', 'det stämmer', 'rätt'] },
      other: { label: 'Nej, ett annat nummer', synonyms: ['nej', 'nej tack', 'nä', 'nix', 'annat nummer', 'ett annat'] },
    },
    callbackOffer: {
      yes: { label: 'Ja, ring mig', synonyms: ['ja', 'japp', 'jo', 'javisst', 'absolut', 'gärna', 'ja tack', 'ring mig', 'ring upp mig'] },
      resume: { label: 'Nej, fortsätt här', synonyms: ['nej', 'nej tack', 'nä', 'nix', 'fortsätt', 'fortsätt här'] },
    },
    closedOffer: {
      callback: {
        label: 'Kundtjänst ringer dig',
        spoken: 'För att kundtjänst ska ringa dig, tryck 1.',
        synonyms: ['ring mig', 'ring upp mig', 'ringa', 'bli uppringd'],
      },
      voiceMessage: {
        label: 'Lämna ett meddelande',
        spoken: 'För att lämna ett meddelande, tryck 2.',
        synonyms: ['meddelande', 'röstmeddelande', 'lämna meddelande'],
      },
      resume: { label: 'Gå tillbaka', spoken: 'För att gå tillbaka, tryck 3.', synonyms: ['tillbaka', 'fortsätt', 'nej'] },
    },
    replyMethod: {
      phone: { label: 'Telefon', synonyms: ['ring', 'ring mig', 'samtal', 'mobil', 'telefonnummer'] },
      email: { label: 'E-post', synonyms: ['epost', 'mejl', 'mail', 'email'] },
    },
    window: {
      morning: { label: 'Förmiddag, 8 till 12', synonyms: ['förmiddag', 'förmiddagen', 'morgon', 'morgonen'] },
      afternoon: { label: 'Eftermiddag, 13 till 16.30', synonyms: ['eftermiddag', 'eftermiddagen'] },
    },
    confirm: {
      send: { label: 'Skicka', synonyms: ['skicka in', 'ja', 'ja skicka', 'klart'] },
      editAccount: { label: 'Ändra det du berättade', synonyms: ['ändra beskrivningen', 'ändra texten'] },
      editContact: { label: 'Ändra hur vi svarar dig', synonyms: ['ändra kontaktuppgifter', 'ändra numret', 'ändra namnet'] },
      editCallback: { label: 'Ändra tiden för samtalet', synonyms: ['ändra tiden', 'annan dag', 'annan tid'] },
      restart: { label: 'Börja om', synonyms: [] },
    },
  },
  areas: {
    aldreomsorg: {
      label: 'Äldreomsorg',
      about: 'äldreomsorgen',
      synonyms: [
        'äldreomsorgen', 'hemtjänst', 'hemtjänsten', 'särskilt boende', 'äldreboende', 'äldreboendet',
        'äldre',
      ],
    },
    stod_och_service: {
      label: 'Stöd och service, LSS',
      about: 'stöd och service enligt LSS',
      synonyms: [
        'stöd och service', 'lss', 'funktionsnedsättning', 'daglig verksamhet', 'gruppbostad',
        'personlig assistans', 'assistans',
      ],
    },
    individ_och_familjeomsorg: {
      label: 'Individ- och familjeomsorg',
      about: 'individ- och familjeomsorgen',
      synonyms: [
        'individ och familjeomsorg', 'ifo', 'socialtjänst', 'socialtjänsten', 'socialen',
        'ekonomiskt bistånd', 'försörjningsstöd', 'barn och familj', 'missbruk',
      ],
    },
    halso_och_sjukvard: {
      label: 'Kommunal hälso- och sjukvård',
      about: 'den kommunala hälso- och sjukvården',
      synonyms: [
        'hälso och sjukvård', 'hälso- och sjukvård', 'sjukvård', 'sjukvården', 'sjuksköterska',
        'hemsjukvård', 'rehabilitering',
      ],
    },
    annat: { label: 'Annat', about: 'något annat', synonyms: ['något annat', 'övrigt', 'vet inte'] },
  },
  words: {
    done: [
      'nej', 'nej tack', 'nä', 'det var allt', 'nej det var allt', 'det är allt', 'klar', 'jag är klar',
      'färdig', 'inget mer', 'nej inget mer', 'inget',
    ],
    relatives: [
      'min mamma', 'min mor', 'min pappa', 'min far', 'mina föräldrar', 'min förälder', 'min man', 'min fru',
      'min make', 'min maka', 'min sambo', 'min son', 'min dotter', 'mitt barn', 'mina barn', 'min bror',
      'min syster', 'min mormor', 'min farmor', 'min morfar', 'min farfar', 'mitt barnbarn', 'min svärmor',
      'min svärfar', 'min moster', 'min faster', 'min morbror', 'min farbror', 'vår mamma', 'vår pappa',
      'mamma', 'pappa',
    ],
    others: ['min granne', 'min vän', 'min kompis', 'min väninna'],
  },
  minorityLanguages: { meankieli: 'meänkieli', sami: 'samiska' },
  language: { name: 'Svenska', choose: 'På svenska, tryck {key}.', synonyms: ['svenska', 'på svenska', 'swedish', 'in swedish'] },
  calendar: {
    weekdays: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
    everyWeekday: 'vardagar',
    to: 'till',
    and: 'och',
    today: 'i dag',
    /** `{day}`: "måndag 28 december"; the next opening is "{when} klockan {time}". */
    onDay: '{day}',
    opensAt: '{when} klockan {time}',
    hoursSpoken: 'från klockan {open} till {close}',
    hoursWritten: 'klockan {open}–{close}',
    /** How a time is said: 24-hour, "16 och 30" aloud. */
    twelveHour: false,
    spokenMinutes: '{hour} och {minute}',
    onWeekday: 'på {weekday}',
  },
  commands: {
    repeat: ['upprepa', 'repetera', 'säg igen'],
    transfer: ['prata med någon', 'prata med en människa', 'människa', 'agent', 'kundtjänst'],
    restart: ['börja om', 'starta om'],
    skip: ['hoppa över'],
  },
  /** Spoken digits as speech recognisers write them; only whole answers ("en" is also an article). */
  numbers: { noll: '0', ett: '1', en: '1', etta: '1', två: '2', tvåa: '2', tre: '3', trea: '3', fyra: '4', fem: '5', femma: '5', sex: '6', sju: '7', åtta: '8', nio: '9', nia: '9' },
  /** Words people put before the number: "tryck två", "nummer 1". */
  leadIns: ['jag trycker', 'tryck', 'trycker', 'nummer', 'siffran', 'alternativ', 'val'],
};

/** The keys every language's catalogue must have, with a string or a list of words for each. */
export type Catalogue = Omit<DeepWiden<typeof sv>, 'numbers'> & { readonly numbers: Readonly<Record<string, string>> };

type DeepWiden<T> = T extends string ? string : T extends boolean ? boolean : T extends readonly (infer U)[] ? readonly DeepWiden<U>[] : { readonly [K in keyof T]: DeepWiden<T[K]> };
