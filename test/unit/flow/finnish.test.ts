/**
 * Finnish on the phone and in the chat, where a municipality offers it (LANGUAGES=sv,en,fi): chosen from the menu
 * or started by the chat page, and then the whole conversation in Finnish. And the catalogues themselves: every
 * language fills in the same placeholders as Swedish.
 */
import { intakeFlow, STEP } from '../../../flows/intake';
import { CATALOGUES } from '../../../flows/catalogue';
import { LANGUAGES } from '../../../src/domain';
import { defaultCalendar } from '../../support/calendar';
import { expectTranscript, key, said, SILENCE, type TranscriptRow } from '../../support/intakeConversation';

const AREAS = ['aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat'] as const;
const withFinnish = intakeFlow({ areas: AREAS, calendar: defaultCalendar(), languages: ['sv', 'en', 'fi'] });

const rows: TranscriptRow[] = [
  {
    name: 'the Swedish menu offers Finnish in Finnish, on 8, where it is configured',
    flow: withFinnish,
    inputs: [],
    ending: 'ask',
    hears: ['For English, press 9. Suomeksi, paina 8.'],
  },
  {
    name: 'a whole complaint in Finnish on the phone: chosen on 8, the kind said, "äitini" heard, a serious word flagged, the case number read twice',
    flow: withFinnish,
    inputs: [
      key('8'), key('1'), said('Haluan tehdä valituksen'), key('1'), said('Äitini kaatui kylpyhuoneessa eikä kukaan tullut.'), said('ei'),
      key('#'), key('#'), key('2'), key('1'), said('Matti Virtanen'), key('1'), said('tiistaina'), said('aamupäivällä'), key('1'), SILENCE,
    ],
    steps: [
      STEP.menu, STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whatMore, STEP.whenWhere, STEP.consequences, STEP.anonymous, STEP.wantsReply,
      STEP.name, STEP.callbackNumber, STEP.callbackDay, STEP.callbackWindow, STEP.confirm, STEP.done, STEP.done,
    ],
    ending: 'end',
    hears: [
      'Miten voimme auttaa sinua?', 'På svenska, tryck 9. For English, press 8.', 'Mitä toimintaa asia koskee?', 'Kerro omin sanoin, mitä on tapahtunut.',
      'Kertomasi asia voi vaatia kiireellistä selvittämistä.', 'Haluatko lisätä jotain?', 'Milloin ja missä se tapahtui?',
      'Minä päivänä asiakaspalvelu voi soittaa sinulle? maanantai 30. marraskuuta, paina 1.',
      'Mihin aikaan voimme soittaa sinulle tiistai 1. joulukuuta?', 'Haluat jättää valituksen, joka koskee vanhustenhuoltoa.',
      'Kiitos! Olemme nyt vastaanottaneet valituksesi.', '14 päivän kuluessa', 'neljän viikon kuluessa', 'Asianumerosi on <CASE> Toistan: <CASE>',
      'Kiitos yhteydenotostasi.',
    ],
    neverHears: ['Koskeeko asia sinua itseäsi', 'Vilken verksamhet', 'Berätta med egna ord'],
    effects: [{
      type: 'registerCase',
      draft: {
        language: 'fi', kind: 'klagomal', area: 'aldreomsorg', serious: true, onBehalf: 'relative', what: 'Äitini kaatui kylpyhuoneessa eikä kukaan tullut.',
        contact: { name: 'Matti Virtanen', phone: '+46701234567', email: null },
        callback: { phone: '+46701234567', window: 'morning', windowStart: '2026-12-01T07:00:00.000Z', windowEnd: '2026-12-01T11:00:00.000Z' },
      },
    }],
  },
  {
    name: 'where Finnish is not configured, the menu does not offer it and 8 is a key with no choice',
    inputs: [key('8')],
    steps: [STEP.menu, STEP.menu],
    ending: 'ask',
    hears: ['Du tryckte 8, men det finns inget sådant val.'],
    neverHears: ['Suomeksi'],
  },
  {
    name: 'the chat page in Finnish starts the chat in Finnish, with Finnish buttons and the honest greeting',
    flow: withFinnish,
    channel: 'chat',
    lang: 'fi',
    inputs: [key('1'), said('kiitos'), key('1'), said('Kotihoitaja Liisa on aina iloinen.'), said('Hän laulaa isäni kanssa.'), key('2'), key('2'), key('1')],
    ending: 'end',
    hears: [
      'Tämä on automaattinen chat', 'Ketä tai mitä haluat kiittää?', 'Mikä oli hyvää?', 'Lähetämme tämän: Haluat jättää kiitoksen, joka koskee vanhustenhuoltoa.',
      'Asia koskee läheistäsi.', 'Et halua vastausta.', 'Asianumerosi on <CASE>', 'Välitämme kiitoksesi niille, joita se koskee.',
    ],
    neverHears: ['selvitämme', 'IVO'],
    effects: [{ type: 'registerCase', draft: { language: 'fi', kind: 'berom', onBehalf: 'relative' } }],
  },
  {
    name: 'Meänkieli from the chat page: greeted, the call offered at once with the language noted; kept for customer service with it',
    channel: 'chat',
    callbackIn: 'meankieli',
    inputs: [key('1'), said('070-123 45 67'), key('1'), said('Aili'), key('1'), key('1')],
    steps: [STEP.callbackOffer, STEP.callbackNumberEntry, STEP.callbackNumber, STEP.name, STEP.callbackDay, STEP.callbackWindow, STEP.callbackKept],
    ending: 'end',
    hears: ['Välkommen till kommunens kundtjänst', 'Vi skriver upp att du vill prata meänkieli', 'Vill du att kundtjänst ringer dig?'],
    effects: [{
      type: 'keepIncomplete',
      draft: { language: 'sv', what: 'Invånaren bad via chatten att bli uppringd av kundtjänst.\n\nInvånaren vill bli uppringd av kundtjänst och prata meänkieli.' },
    }],
  },
  {
    name: 'Sámi, declined: "Nej" leads to the menu, and a case told after it still notes the language',
    channel: 'chat',
    callbackIn: 'sami',
    inputs: [key('2'), key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('1'), key('2'), key('2'), key('1')],
    ending: 'end',
    hears: ['Vi skriver upp att du vill prata samiska', 'Då fortsätter vi här. Vad kan vi hjälpa dig med?'],
    effects: [{ type: 'registerCase', draft: { what: 'Maten var kall.\n\nInvånaren vill bli uppringd av kundtjänst och prata samiska.' } }],
  },
  {
    name: 'a chat asked in Finnish where Finnish is not offered is held in Swedish',
    channel: 'chat',
    lang: 'fi',
    inputs: [],
    ending: 'ask',
    hears: ['Välkommen till kommunens kundtjänst'],
  },
];

describe('Finnish where it is offered, and Meänkieli and Sámi by a call', () => {
  test.each(rows)('$name', (row) => {
    expectTranscript(row);
  });
});

/** Every "{name}" a text fills in. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every text of a catalogue by its path ("prompts.callbackWindow"), lists left out. */
function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => textsOf(v, path ? `${path}.${k}` : k));
}

describe('the catalogues', () => {
  const swedish = new Map(textsOf(CATALOGUES.sv));
  test.each(LANGUAGES.filter((l) => l !== 'sv'))('%s fills in the same placeholders as Swedish, text by text', (language) => {
    const texts = textsOf(CATALOGUES[language]);
    expect(texts.map(([path]) => path).sort()).toEqual([...swedish.keys()].filter((p) => !p.startsWith('numbers.')).concat(texts.map(([p]) => p).filter((p) => p.startsWith('numbers.'))).sort());
    for (const [path, text] of texts) {
      if (path.startsWith('numbers.')) continue;
      expect({ path, placeholders: placeholders(text) }).toEqual({ path, placeholders: placeholders(swedish.get(path)!) });
    }
  });
});
