/**
 * Transcripts of what a real caller or chatter meets: questions that fit the kind, a long spoken account that may go
 * on, nothing asked that was already said, a miss that says what was wrong, a voice message that fits, the case
 * number read slowly and again on *, and three working days for a callback. Each row reads as the conversation.
 */
import { STEP, type StepId } from '../../../flows/intake';
import { converse, count, HANGUP, key, recording, said, SILENCE, expectTranscript, type TranscriptRow } from '../../support/intakeConversation';

const COMPLAINT_ASKS = ['När och var hände det?', 'Vilka följder fick det'];

const rows: TranscriptRow[] = [
  // Questions that fit each kind.
  {
    name: 'praise: who or what, then what made it good; never when and where, never "Vi utreder ärendet", and "mamma" answers on whose behalf',
    inputs: [
      key('1'), said('Jag vill ge beröm'), key('1'), said('Personalen på Solgården'), said('De sjunger med mamma varje dag.'), key('#'),
      key('2'), key('2'), key('1'), SILENCE,
    ],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.praiseWhy, STEP.whatMore, STEP.anonymous, STEP.wantsReply, STEP.confirm, STEP.done, STEP.done],
    ending: 'end',
    hears: ['Vem eller vad vill du ge beröm?', 'Vad var det som var bra?', 'Då lämnar vi ändå ditt beröm vidare', 'Tack! Nu har vi tagit emot ditt beröm.', 'Vi lämnar ditt beröm vidare till dem det gäller.'],
    neverHears: [...COMPLAINT_ASKS, 'utreder', 'Gäller det dig själv', 'IVO', 'Berätta med egna ord vad som har hänt'],
    effects: [{ type: 'registerCase', draft: { kind: 'berom', what: 'Personalen på Solgården\n\nDe sjunger med mamma varje dag.', onBehalf: 'relative', whenWhere: null, consequences: null } }],
  },
  {
    name: 'suggestion: what would you like to change; no complaint questions',
    channel: 'chat',
    inputs: [key('1'), key('2'), key('5'), said('Fler bänkar i parken vid äldreboendet.'), key('1'), key('2'), key('2'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Vad skulle du vilja ändra? Berätta med egna ord.'],
    neverHears: [...COMPLAINT_ASKS, 'Vill du lägga till något?'],
    effects: [{ type: 'registerCase', draft: { kind: 'synpunkt', what: 'Fler bänkar i parken vid äldreboendet.' } }],
  },
  {
    name: 'complaint: what happened, when and where, and the consequences',
    channel: 'chat',
    inputs: [key('1'), key('1'), key('1'), said('Ingen kom på morgonen.')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere],
    ending: 'ask',
    hears: ['Berätta med egna ord vad som har hänt.', 'När och var hände det?'],
  },

  // Not asked again.
  {
    name: '"jag vill klaga på hemtjänsten" at the menu: a complaint about elderly care, straight to what happened',
    inputs: [said('Jag vill klaga på hemtjänsten')],
    steps: [STEP.menu, STEP.what],
    ending: 'ask',
    hears: ['Berätta med egna ord vad som har hänt.'],
    neverHears: ['Vad vill du lämna?', 'Vilken verksamhet gäller det?'],
  },
  {
    name: '"jag vill klaga" at the menu: a complaint; the area is still asked',
    channel: 'chat',
    inputs: [said('jag vill klaga')],
    steps: [STEP.menu, STEP.area],
    ending: 'ask',
    neverHears: ['Vad vill du lämna?'],
  },
  {
    name: 'the menu\'s own words name every kind: nothing is taken for granted',
    inputs: [said('synpunkter klagomål eller beröm')],
    steps: [STEP.menu, STEP.kind],
    ending: 'ask',
  },
  {
    name: 'a kind said with its area: "beröm till hemtjänsten" answers both',
    channel: 'chat',
    inputs: [key('1'), said('beröm till hemtjänsten')],
    steps: [STEP.menu, STEP.kind, STEP.what],
    ending: 'ask',
    hears: ['Vem eller vad vill du ge beröm?'],
  },
  {
    name: '"min pappa" in the account answers on whose behalf; "min granne" too; both named, it is asked',
    channel: 'chat',
    inputs: [key('1'), key('1'), key('1'), said('Min pappa och min granne fick ingen mat.'), key('#'), key('#')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf],
    ending: 'ask',
  },

  // A long spoken account.
  {
    name: 'a long account on the phone: the caller goes on four times, then it moves on; every part kept, in order',
    inputs: [
      key('1'), key('1'), key('1'), said('Mamma ramlade i badrummet.'), said('Hon låg där hela natten.'), said('Larmet fungerade inte.'),
      said('Ingen från hemtjänsten kom.'), said('Vi ringde flera gånger.'), key('#'), key('#'), key('1'), key('1'), SILENCE,
    ],
    steps: [
      STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whatMore, STEP.whatMore, STEP.whatMore, STEP.whatMore, STEP.whenWhere, STEP.consequences,
      STEP.anonymous, STEP.confirm, STEP.done, STEP.done,
    ],
    ending: 'end',
    hears: ['Vill du lägga till något? Berätta, eller tryck fyrkant om du är klar.'],
    neverHears: ['om du är klar. Vill du hoppa över frågan'],
    effects: [{
      type: 'registerCase',
      draft: { what: 'Mamma ramlade i badrummet.\n\nHon låg där hela natten.\n\nLarmet fungerade inte.\n\nIngen från hemtjänsten kom.\n\nVi ringde flera gånger.', onBehalf: 'relative' },
    }],
  },
  {
    name: 'done adding: "nej, det var allt" and silence both move on, neither is kept as words',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), said('Nej, det var allt'), key('#'), key('#'), key('*')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whatMore, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.onBehalf],
    ending: 'ask',
  },
  {
    name: 'silence after the account means nothing to add',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), SILENCE],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whatMore, STEP.whenWhere],
    ending: 'ask',
    neverHears: ['Jag fick inget svar'],
  },
  {
    name: 'hang-up while adding: every part told so far is kept',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), said('Och ingen kom med kaffe.'), HANGUP],
    ending: 'end',
    effects: [{ type: 'keepIncomplete', draft: { what: 'Maten var kall.\n\nOch ingen kom med kaffe.' } }],
  },

  // What was wrong.
  {
    name: 'silence, a wrong key, # on a question that needs an answer and words not understood each say what was wrong',
    inputs: [key('1'), SILENCE, key('7'), key('#')],
    steps: [STEP.menu, STEP.kind, STEP.kind, STEP.kind, STEP.kind],
    ending: 'transfer',
    hears: ['Jag fick inget svar.', 'Du tryckte 7, men det finns inget sådant val.', 'Jag kopplar dig till kundtjänst'],
  },
  {
    name: '# at a question that must be answered',
    inputs: [key('1'), key('#'), said('blomkål')],
    steps: [STEP.menu, STEP.kind, STEP.kind, STEP.kind],
    ending: 'ask',
    hears: ['Den här frågan behöver ett svar. Den går inte att hoppa över.', 'Förlåt, jag uppfattade inte det. Tryck på en siffra, eller säg ditt svar.'],
  },
  {
    name: 'the chat: words not understood get advice for typing',
    channel: 'chat',
    inputs: [key('1'), said('blomkål')],
    ending: 'ask',
    hears: ['Förlåt, jag förstod inte. Välj en knapp, eller skriv med andra ord.'],
    neverHears: ['Tryck på en siffra'],
  },

  // A voice message that fits.
  {
    name: 'not understood after describing: the voice message says what was told is kept, and ends with the case number',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('5'), key('5'), key('5'), recording(null), SILENCE],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whatMore, STEP.whatMore, STEP.whatMore, STEP.voiceMessage, STEP.voiceMessageKept, STEP.voiceMessageKept],
    ending: 'end',
    hears: ['Jag har svårt att uppfatta vad du säger', 'Det du redan har berättat är sparat. Säg det du vill lägga till', 'Ditt ärendenummer är <CASE>'],
    neverHears: ['Berätta vad som har hänt'],
    effects: [{ type: 'keepIncomplete', draft: { what: 'Maten var kall.', source: { recordingUrl: 'https://api.twilio.com/rec/RE1' } } }],
  },
  {
    name: 'outside opening hours, the number not caught: the voice message asks for the number',
    withinOpeningHours: false,
    callerNumber: null,
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('#'), key('1'), key('2'), key('1'), said('Anna'), key('12#'), SILENCE, key('9#')],
    ending: 'ask',
    hears: ['Jag uppfattade inte numret. Du kan säga det i ett röstmeddelande i stället.', 'Säg ditt namn och det telefonnummer vi ska ringa.'],
  },

  // The case number.
  {
    name: 'the case number slowly and twice, last; * hears it again, up to three times, then goodbye',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('#'), key('1'), key('1'), key('1'), key('*'), said('upprepa'), key('*'), key('*')],
    ending: 'end',
    hears: ['Ha gärna papper och penna redo. Ditt ärendenummer är <CASE> Jag upprepar: <CASE> För att höra numret igen, tryck stjärna.\n'],
  },
  {
    name: 'the chat shows the number once and says goodbye at once: nothing to press',
    channel: 'chat',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('1'), key('1'), key('1')],
    ending: 'end',
    hears: ['Ditt ärendenummer är <CASE>', 'Tack för att du hörde av dig'],
    neverHears: ['stjärna', 'Jag upprepar'],
  },

  // Three working days for a callback.
  {
    name: 'the callback: the next three working days, said by weekday',
    channel: 'chat',
    inputs: [said('agent'), key('1'), said('0701234567'), key('1'), said('Anna'), said('onsdag'), key('2')],
    ending: 'end',
    hears: ['Vilken dag passar det att kundtjänst ringer dig?', 'Tack! Kundtjänst ringer dig onsdag 2 december, på eftermiddagen'],
    effects: [{ type: 'keepIncomplete', draft: { callback: { phone: '+46701234567', window: 'afternoon', windowStart: '2026-12-02T12:00:00.000Z', windowEnd: '2026-12-02T15:30:00.000Z' } } }],
  },
];

describe('questions that fit, asked once, and misses that say what was wrong', () => {
  test.each(rows)('$name', (row) => {
    expectTranscript(row);
  });

  test('the number is said at most five times: twice at the end, and once on each of three *', () => {
    const t = converse({ inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('#'), key('1'), key('1'), key('1'), key('*'), key('*'), key('*'), key('*')] });
    expect(count(t.heard, '<CASE>')).toBe(5);
    expect(count(t.heard, 'Tack för att du hörde av dig')).toBe(1);
  });
});
