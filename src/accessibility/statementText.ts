import type { StatementLanguage } from './statementRoutes';

/**
 * The statement's words, after DIGG's model (tillgänglighetsredogörelse): who stands behind the service, how
 * accessible it is, what to do when something cannot be used, how to report it, the supervising authority, the
 * technical standard, what is not accessible, and how it was checked. {organisation} and the like are filled in.
 */
export interface StatementText {
  title: string;
  otherLanguage: string;
  intro: string;
  defaultOrganisation: string;
  howAccessibleHeading: string;
  howAccessible: string;
  anotherWayHeading: string;
  anotherWay: string;
  reportHeading: string;
  report: string;
  email: string;
  phone: string;
  noContact: string;
  superviseHeading: string;
  supervise: string;
  diggLink: string;
  technicalHeading: string;
  technical: string;
  notAccessibleHeading: string;
  notAccessibleIntro: string;
  /** The service's own known shortcomings; the municipality's are added after them. */
  knownShortcomings: readonly string[];
  testedHeading: string;
  tested: string;
  reviewed: string;
  notReviewed: string;
  backToChat: string;
}

export const STATEMENT_TEXT: Readonly<Record<StatementLanguage, StatementText>> = {
  sv: {
    title: 'Tillgänglighetsredogörelse för synpunkter, klagomål och beröm',
    otherLanguage: 'Accessibility statement in English',
    intro:
      '{organisation} står bakom tjänsten för synpunkter, klagomål och beröm: den automatiska chatten på webben och telefontjänsten. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
    defaultOrganisation: 'Kommunen',
    howAccessibleHeading: 'Hur tillgänglig är tjänsten?',
    howAccessible: 'Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    anotherWayHeading: 'Vad kan du göra om du inte kan använda delar av tjänsten?',
    anotherWay:
      'Om du inte kan använda chatten eller telefontjänsten, eller behöver innehållet på något annat sätt, till exempel i punktskrift, lättläst eller på teckenspråk, kan du kontakta oss så hjälper vi dig. Du kan också lämna dina synpunkter till kommunens kundtjänst.',
    reportHeading: 'Rapportera brister i tjänstens tillgänglighet',
    report: 'Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns.',
    email: 'E-post',
    phone: 'Telefon',
    noContact: 'Kontakta kommunens kundtjänst.',
    superviseHeading: 'Tillsyn',
    supervise:
      'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påpeka det.',
    diggLink: 'Anmäl bristande tillgänglighet till DIGG (digg.se/tdosanmalan)',
    technicalHeading: 'Teknisk information om tjänstens tillgänglighet',
    technical: 'Tjänsten är delvis förenlig med nivå AA i standarden Web Content Accessibility Guidelines (WCAG) version 2.1, på grund av de brister som beskrivs nedan.',
    notAccessibleHeading: 'Innehåll som inte är tillgängligt',
    notAccessibleIntro: 'Det innehåll som beskrivs nedan är på ett eller annat sätt inte helt tillgängligt.',
    knownShortcomings: [
      'Telefontjänsten kräver att du kan höra det som sägs och svara med rösten eller med knapparna på telefonen. Den har ingen texttelefon; använd chatten, eller ring via förmedlingstjänsten Texttelefoni.',
      'Taligenkänningen i telefon kan missuppfatta det du säger, särskilt med dialekt, talsvårigheter eller buller. Du kan alltid svara med knapparna eller be att få prata med kundtjänst.',
      'Chatten behöver JavaScript. Utan JavaScript fungerar den inte; ring då kommunens kundtjänst.',
      'Tjänsten finns inte på lättläst svenska eller teckenspråk.',
    ],
    testedHeading: 'Hur vi testat tjänsten',
    tested:
      'Vi har gjort en självskattning (intern testning) av tjänsten: automatiska kontroller av alla sidor och prövning med enbart tangentbord och i 320 pixlars bredd (som 400 procents förstoring).',
    reviewed: 'Redogörelsen granskades senast den {date}.',
    notReviewed: 'Kommunen har ännu inte angett när redogörelsen granskades senast.',
    backToChat: 'Till chatten',
  },
  en: {
    title: 'Accessibility statement for feedback, complaints and praise',
    otherLanguage: 'Tillgänglighetsredogörelse på svenska',
    intro:
      '{organisation} is responsible for the service for feedback, complaints and praise: the automatic chat on the web and the phone service. We want as many people as possible to be able to use it. This statement describes how it complies with the Swedish Act on accessibility to digital public services (DOS-lagen), the shortcomings we know of, and how you can report problems to us so that we can fix them.',
    defaultOrganisation: 'The municipality',
    howAccessibleHeading: 'How accessible is the service?',
    howAccessible: 'The service is partially compliant with the Act on accessibility to digital public services, because of the shortcomings described below.',
    anotherWayHeading: 'What to do if you cannot use parts of the service',
    anotherWay:
      'If you cannot use the chat or the phone service, or need its content in another way, for example in braille, easy-to-read language or sign language, contact us and we will help you. You can also give your feedback to the municipality’s customer service.',
    reportHeading: 'Reporting accessibility problems',
    report: 'We keep working to improve the accessibility of the service. If you find a problem not described here, or think we do not meet the requirements of the law, contact us so that we know about it.',
    email: 'E-mail',
    phone: 'Phone',
    noContact: 'Contact the municipality’s customer service.',
    superviseHeading: 'Enforcement procedure',
    supervise:
      'The Agency for Digital Government (DIGG) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your report, you can contact DIGG and tell them.',
    diggLink: 'Report a lack of accessibility to DIGG (digg.se/tdosanmalan, in Swedish)',
    technicalHeading: 'Technical information about the service’s accessibility',
    technical: 'The service is partially compliant with level AA of the Web Content Accessibility Guidelines (WCAG) version 2.1, because of the shortcomings described below.',
    notAccessibleHeading: 'Content that is not accessible',
    notAccessibleIntro: 'The content described below is in one way or another not fully accessible.',
    knownShortcomings: [
      'The phone service requires that you can hear what is said and answer by voice or with the phone’s keys. It has no text telephone; use the chat, or call through the Texttelefoni relay service.',
      'Speech recognition on the phone may misunderstand what you say, especially with an accent, a speech impairment or background noise. You can always answer with the keys or ask to speak to customer service.',
      'The chat needs JavaScript. Without it the chat does not work; call the municipality’s customer service instead.',
      'The service is not available in easy-to-read Swedish or in sign language.',
    ],
    testedHeading: 'How we tested the service',
    tested:
      'We have made a self-assessment (internal testing) of the service: automated checks of every page, and use with a keyboard only and at 320 pixels wide (as at 400 per cent zoom).',
    reviewed: 'This statement was last reviewed on {date}.',
    notReviewed: 'The municipality has not yet stated when this statement was last reviewed.',
    backToChat: 'To the chat',
  },
};
