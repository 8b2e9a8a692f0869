/**
 * Are serious words really heard? Realistic sentences, as residents say or type them, each marked by what a
 * handler would judge: a possible missförhållande (serious) or an ordinary complaint, suggestion or praise. The
 * built-in lists are measured on them, and recall and precision are printed.
 *
 * Floors: recall at least 90% (issue 16), since a missed missförhållande may wait weeks for an assessment.
 * Precision at least 80%: at most one flag in five false. A false flag costs a handler a minute to read and clear
 * and puts the case first in the callback queue; with more than that, flags would stop being read as urgent.
 */
import type { Language } from '../../../src/domain';
import { spotStemmed } from '../../../src/flow/stemSpotting';
import { DEFAULT_SERIOUS_WORDS } from '../../../flows/seriousWords';

type Kind = 'fall' | 'medication' | 'left alone' | 'locked in' | 'hit' | 'threat' | 'hunger' | 'hygiene' | 'abuse' | 'ordinary';
interface Sentence {
  language: Language;
  kind: Kind;
  text: string;
  /** When it was written: see ROUNDS. */
  round: Round;
}
type Round = 1 | 2 | 3 | 4;
const s = (language: Language, kind: Kind, round: Round = 1) => (text: string): Sentence => ({ language, kind, text, round });

/**
 * The sentences were written in rounds, each before the lists were changed for it, so a round's first measurement
 * tells how well the lists heard sentences they had not seen. Later rounds' misses were then added to the lists,
 * so this table is no longer a blind test for rounds 1–3; round 4 was measured after the last change.
 */
const ROUNDS: Record<Round, string> = {
  1: 'the first table, written with the lists',
  2: 'written after round 1; heard 7 of 19 serious before the lists took them in',
  3: 'written after round 2; heard 3 of 14 serious before the lists took them in',
  4: 'written after the last change to the lists: not tuned on',
};

const SENTENCES: Sentence[] = [
  ...['Min mamma ramlade i badrummet och låg på golvet hela natten för att larmet inte fungerade.',
    'Pappa har ramlat tre gånger den här månaden och ingen har gjort något.',
    'Hon föll ur sängen i natt och hittades först på morgonen.',
    'personalen lyfte honom fel så han trillade och slog i huvudet',
    'Farmor halkade i duschen och fick ett stort blåmärke på höften.',
    'När jag kom dit låg pappa på hallgolvet och kunde inte ta sig upp.',
    'Han har blåmärken på båda armarna som ingen kan förklara.'].map(s('sv', 'fall')),
  ...['Hemtjänsten glömde att ge pappa hans medicin.',
    'Mamma fick fel medicin i går, det var någon annans tabletter.',
    'Tabletterna från i morse låg kvar i dosetten när jag kom på kvällen.',
    'Han har inte fått sitt insulin på två dagar.',
    'De gav henne dubbel dos av sömnmedicinen.',
    'Nattpersonalen missade hans kvällsmedicin flera gånger den här veckan.'].map(s('sv', 'medication')),
  ...['Min bror som bor på LSS-boende lämnades ensam en hel helg utan personal.',
    'Ingen kom på hela natten fast hon tryckte på larmet.',
    'hemtjänsten kom aldrig i söndags och pappa satt utan mat hela dagen',
    'Assistenten gick hem tidigt och lämnade min son själv fast han inte klarar sig.'].map(s('sv', 'left alone')),
  ...['De låste in henne på rummet för att hon vandrade på natten.',
    'Min dotter blev inlåst i ett rum på korttidsboendet.',
    'Han satt fastspänd i rullstolen hela eftermiddagen.'].map(s('sv', 'locked in')),
  ...['En i personalen slog min pappa i ansiktet.',
    'Jag såg hur personalen knuffade henne hårt mot väggen.',
    'Min son berättar att en assistent nyper honom i armen när ingen ser.',
    'Hon har blivit misshandlad av en annan boende och personalen gör inget.',
    'De drog henne i armen så att hon fick ont.'].map(s('sv', 'hit')),
  ...['En anställd hotade mamma med att hon inte skulle få någon kvällsmat om hon inte var tyst.',
    'Personalen skriker åt honom och han är rädd för dem.',
    'Mamma vågar inte säga något till nattpersonalen.'].map(s('sv', 'threat')),
  ...['Hon har gått ner åtta kilo sedan hon flyttade dit, ingen hjälper henne att äta.',
    'Pappa fick ingen frukost i dag och ingen lunch heller.',
    'Han var helt uttorkad när han kom till sjukhuset.',
    'Min mamma är hungrig hela tiden, de ger henne bara en smörgås.'].map(s('sv', 'hunger')),
  ...['Hon hade inte fått duscha på tre veckor.',
    'Han satt i en blöt blöja hela dagen och hade fått sår.',
    'Lakanen var fulla av urin och ingen hade bytt dem.',
    'Pappa har fått liggsår för att ingen vänder på honom.'].map(s('sv', 'hygiene')),
  ...['Jag misstänker att en i personalen har utsatt min syster för sexuella övergrepp.',
    'Pengar har försvunnit ur mammas plånbok flera gånger.',
    'Min bror far illa på gruppbostaden.',
    'Personalen pratar nedsättande om brukarna inför dem och förnedrar dem.'].map(s('sv', 'abuse')),
  ...['Maten var kall tre dagar i rad.',
    'Hemtjänsten kommer ofta en halvtimme för sent.',
    'Det är olika personal varje dag och mamma vet aldrig vem som kommer.',
    'Handläggaren har inte svarat på mina mejl på två veckor.',
    'Beslutet om färdtjänst tog alldeles för lång tid.',
    'Personalen var otrevlig i telefon när jag ringde.',
    'I det här fallet borde ni ha frågat oss först.',
    'Det är ett slags missförstånd om fakturan.',
    'Städningen i lägenheten blev slarvig och fönstren blev inte putsade.',
    'Jag vill föreslå att de boende får gå ut oftare när det är fint väder.',
    'Personalen sjunger med mamma varje dag, det gör henne så glad.',
    'Tack till nattpersonalen som alltid är så vänliga.',
    'Parkeringen vid boendet är för liten för besökare.',
    'Vi fick vänta länge på en plats på särskilt boende.',
    'Fakturan för hemtjänsten var fel i oktober.',
    'Min pappa kom hit till boendet i våras och trivs bra.',
    'Det vore bra om menyn hade fler vegetariska rätter.',
    'Kontaktpersonen byttes ut utan att vi fick veta varför.',
    'Aktiviteterna på dagverksamheten har blivit färre.',
    'Mamma har inte ramlat en enda gång sedan hon flyttade dit, personalen är fantastisk.',
    'Jag fick inte svar när jag ringde kundtjänst.',
    'Det tar för lång tid att få en tid hos sjuksköterskan.'].map(s('sv', 'ordinary')),
  ...['My mother fell in the bathroom and lay on the floor all night because the alarm did not work.',
    'She has bruises on her arms that nobody can explain.'].map(s('en', 'fall')),
  ...['The carers forgot to give my father his medication.',
    'She was given the wrong tablets by the night staff.'].map(s('en', 'medication')),
  ...['He was left alone for the whole weekend.',
    'the home care never turned up on sunday'].map(s('en', 'left alone')),
  ...['They locked her in her room at night.'].map(s('en', 'locked in')),
  ...['A carer slapped my brother across the face.'].map(s('en', 'hit')),
  ...['One of the staff threatened him when he complained.',
    'The staff shout at him and he is frightened of them.'].map(s('en', 'threat')),
  ...['Mum has lost a lot of weight, nobody helps her eat.',
    'She had nothing to eat from breakfast until the evening.'].map(s('en', 'hunger')),
  ...["He hasn't been showered in two weeks.",
    'Dad was sitting in a soiled pad when I arrived.'].map(s('en', 'hygiene')),
  ...['I think my sister is being abused by a member of staff.',
    'Money has gone missing from his room again.'].map(s('en', 'abuse')),
  ...['The food was cold again.',
    'The carers are always late in the morning.',
    'The case officer has not answered my emails.',
    'The soup was hot and lovely, thank you.',
    'Our dog was welcome on visits, which mum loved.',
    'The staff are kind and the activities are great.',
    'Please add more activities at weekends.',
    'I had to wait a long time for a decision on my application.',
    'The invoice for home care was wrong.',
    'Parking outside the care home is difficult.',
    'It would be good to get a reply by email instead of a letter.'].map(s('en', 'ordinary')),

  s('sv', 'fall', 2)('Morfar hittades sittande på toalettgolvet på morgonen, han hade suttit där sedan kvällen.'),
  s('sv', 'medication', 2)('Personalen gav mamma en annan boendes tabletter.'),
  s('sv', 'medication', 2)('Min man har inte fått sina ögondroppar på en vecka.'),
  s('sv', 'left alone', 2)('Hon blev liggande i sängen hela dagen utan att någon tittade in.'),
  s('sv', 'locked in', 2)('Vårdtagaren låstes in i sitt rum över natten.'),
  s('sv', 'threat', 2)('Jag hörde en personal säga att hon skulle få stryk om hon inte åt upp.'),
  s('sv', 'threat', 2)('Pappa är rädd för en av de nya assistenterna.'),
  s('sv', 'hygiene', 2)('Min syster fick ett sår på benet som ingen tog hand om och nu är det infekterat.'),
  s('sv', 'hygiene', 2)('Han luktade urin och kläderna var smutsiga när jag hälsade på.'),
  s('sv', 'hunger', 2)('De har slutat ge honom mellanmål och han är alltid hungrig.'),
  s('sv', 'hit', 2)('Personalen drar henne ur sängen fast hon skriker att det gör ont.'),
  s('sv', 'hit', 2)('Min bror har fått ett blått öga och personalen säger att han gick in i en dörr.'),
  s('sv', 'abuse', 2)('Någon i personalen har tagit pengar från mammas konto.'),
  s('sv', 'locked in', 2)('Jag tror att de ger honom lugnande för att han ska vara tyst.'),
  s('en', 'left alone', 2)('Nobody came when she pressed her alarm, she waited three hours.'),
  s('en', 'medication', 2)("He was given someone else's tablets."),
  s('en', 'hit', 2)('The carer pulled her hair.'),
  s('en', 'threat', 2)('Mum says a night carer told her she would be punished if she rang the bell again.'),
  s('en', 'fall', 2)('She had a fall on Tuesday and nobody told us.'),
  ...['Jag ringde tre gånger innan någon svarade på socialkontoret.',
    'Det har blivit sämre med städningen sedan de bytte företag.',
    'Bussen till dagverksamheten går för tidigt på morgonen.',
    'Mamma tycker att maten inte smakar något.',
    'Ni borde ha längre öppettider i kundtjänst.',
    'Hemtjänsten kom en timme för tidigt och väckte pappa.',
    'Jag vill ge beröm till Anna på korttids som alltid tar sig tid.',
    'Vi har inte fått något beslut om bostadsanpassning än.',
    'Hissen på boendet har varit trasig i en vecka.',
    'Min pappa tycker inte om att det är så många olika i personalen.'].map(s('sv', 'ordinary', 2)),
  ...['The new manager never answers the phone.',
    'I would like the carers to speak more slowly to my father.',
    'Thank you for the lovely birthday party for mum.',
    'The letter about the fee was hard to understand.'].map(s('en', 'ordinary', 2)),

  s('sv', 'hygiene', 3)('Mamma har haft samma inkontinensskydd på sig sedan i går kväll.'),
  s('sv', 'hunger', 3)('Pappa har tappat mycket i vikt och ser helt utmärglad ut.'),
  s('sv', 'locked in', 3)('Personalen har låst ytterdörren så att mamma inte kan komma ut.'),
  s('sv', 'hit', 3)('En vårdare tog tag i hans arm så hårt att han fick märken.'),
  s('sv', 'left alone', 3)('Hon sitter ensam på rummet hela dagarna, ingen pratar med henne.'),
  s('sv', 'locked in', 3)('Min son med autism blev fasthållen på golvet av två personal.'),
  s('sv', 'left alone', 3)('Hemtjänsten lämnade ytterdörren öppen hela natten.'),
  s('sv', 'medication', 3)('De gav honom insulin två gånger samma morgon.'),
  s('sv', 'hit', 3)('Jag tror att mamma blir slagen av sin man och socialtjänsten gör ingenting.'),
  s('sv', 'abuse', 3)('Min dotter på boendet har blivit utsatt för övergrepp av en annan boende.'),
  s('en', 'hygiene', 3)('My father was left sitting in the same wet clothes all morning.'),
  s('en', 'hygiene', 3)('The staff refused to help her to the toilet, so she had an accident.'),
  s('en', 'fall', 3)('He came home from respite with a cut on his head and nobody could tell us how.'),
  s('en', 'abuse', 3)('A member of staff is taking money from residents.'),
  ...['Vi har fått tre olika handläggare på ett halvår.',
    'Jag förstår inte beslutet om avgiften.',
    'Mamma skulle vilja ha mer frukt till frukost.',
    'Det är svårt att hitta parkering när man ska hälsa på.',
    'Personalen på Solgården är alltid glada och hjälpsamma, tack!',
    'Min pappa vill gärna komma ut på promenader oftare.',
    'Sjuksköterskan ringde inte tillbaka som hon lovade.'].map(s('sv', 'ordinary', 3)),
  ...['The website does not say how to apply for home care.',
    'Dad would like a shower on Saturdays instead of Fridays.',
    'The new timetable means the carers come too early for mum.'].map(s('en', 'ordinary', 3)),

  s('sv', 'left alone', 4)('Nattpersonalen sover på jobbet och ingen svarar när mamma ringer på klockan.'),
  s('sv', 'medication', 4)('Pappa fick sin morgondos först klockan tre på eftermiddagen.'),
  s('sv', 'hit', 4)('Min son kom hem från korttids med brännskador på armen.'),
  s('sv', 'locked in', 4)('Hon har inte fått komma ut på tre månader.'),
  s('sv', 'threat', 4)('Personalen kallar min bror för idiot.'),
  s('sv', 'hygiene', 4)('Pappa har en infektion i ett sår som ingen sköter om.'),
  s('sv', 'left alone', 4)('Min mamma hittades ute i snön i bara nattlinnet.'),
  s('sv', 'threat', 4)('Assistenten har rökt inne hos min dotter och skrikit åt henne.'),
  s('en', 'fall', 4)('She was found on the bathroom floor in the morning.'),
  s('en', 'medication', 4)('The carer gave him his evening pills in the morning by mistake.'),
  s('en', 'hit', 4)('My son came back with scratches all over his back.'),
  s('en', 'locked in', 4)("They keep him in his room and won't let him out."),
  ...['Vi vill gärna ha ett möte med enhetschefen om schemat.',
    'Det var svårt att förstå vad handläggaren menade i brevet.',
    'Golvet i matsalen är halt när det har regnat.',
    'Pappa tycker att det är för varmt på rummet på sommaren.',
    'Jag vill tacka för att ni hjälpte mamma med flytten.'].map(s('sv', 'ordinary', 4)),
  ...['The bus for day activities is often full.',
    'I would like information about respite care in Swedish and English.',
    'The staff were very helpful when dad moved in.'].map(s('en', 'ordinary', 4)),
];

interface Heard extends Sentence {
  serious: boolean;
  heard: string | null;
}
const heard: Heard[] = SENTENCES.map((x) => {
  const entry = spotStemmed(x.text, DEFAULT_SERIOUS_WORDS[x.language]);
  return { ...x, serious: x.kind !== 'ordinary', heard: entry };
});

function measure(rows: Heard[]) {
  const flagged = rows.filter((r) => r.heard !== null);
  const truePositives = flagged.filter((r) => r.serious).length;
  const serious = rows.filter((r) => r.serious).length;
  return {
    sentences: rows.length,
    serious,
    flagged: flagged.length,
    recall: serious ? truePositives / serious : 1,
    precision: flagged.length ? truePositives / flagged.length : 1,
  };
}

const percent = (n: number) => `${(n * 100).toFixed(1)} %`;

describe('serious words in realistic sentences', () => {
  const all = measure(heard);

  afterAll(() => {
    const groups: [string, Heard[]][] = [
      ['sv', heard.filter((r) => r.language === 'sv')],
      ['en', heard.filter((r) => r.language === 'en')],
      ...([1, 2, 3, 4] as const).map((round): [string, Heard[]] => [`round ${round}: ${ROUNDS[round]}`, heard.filter((r) => r.round === round)]),
      ['all', heard],
    ];
    const byLanguage = Object.fromEntries(
      groups.map(([name, rows]) => {
        const m = measure(rows);
        return [name, { ...m, recall: percent(m.recall), precision: percent(m.precision) }];
      }),
    );
    const wrong = heard.filter((r) => r.serious !== (r.heard !== null));
    console.log(
      ['Serious words: recall and precision on the sentence table', tableOf(byLanguage), 'Missed or falsely flagged:',
        tableOf(wrong.map((r) => ({ language: r.language, round: r.round, kind: r.kind, heard: r.heard ?? '(nothing)', text: r.text })))].join('\n'),
    );
  });

  test('has at least 60 sentences, of every kind of missförhållande and ordinary ones, in every language', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(SENTENCES.map((x) => x.kind));
    expect([...kinds].sort()).toEqual(['abuse', 'fall', 'hit', 'hunger', 'hygiene', 'left alone', 'locked in', 'medication', 'ordinary', 'threat']);
    for (const language of ['sv', 'en'] as const) {
      expect(SENTENCES.filter((x) => x.language === language && x.kind === 'ordinary').length).toBeGreaterThanOrEqual(10);
    }
  });

  test('hears at least 90 % of the possible missförhållanden', () => {
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('flags ordinary complaints rarely: precision at least 80 %', () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.8);
  });

  test.each([
    'Min mamma ramlade i badrummet och låg på golvet hela natten för att larmet inte fungerade',
    'Hemtjänsten glömde att ge pappa hans medicin',
    'Han har ett blåmärke på armen',
  ])('hears the issue\'s own example "%s"', (text) => {
    expect(spotStemmed(text, DEFAULT_SERIOUS_WORDS.sv)).not.toBeNull();
  });
});

/** A plain text table: console.table writes to stdout, which jest does not show, and console.log of it is unreadable. */
function tableOf(rows: Record<string, Record<string, unknown>> | Record<string, unknown>[]): string {
  const entries = Array.isArray(rows) ? rows.map((r, i) => [String(i + 1), r] as const) : Object.entries(rows);
  if (entries.length === 0) return '  (none)';
  const columns = ['', ...Object.keys(entries[0]![1])];
  const lines = entries.map(([name, r]) => [name, ...columns.slice(1).map((c) => String(r[c]))]);
  const widths = columns.map((c, i) => Math.max(c.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => '  ' + cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  return [row(columns), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}
