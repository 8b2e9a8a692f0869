/**
 * Swedish words and phrases that may mean a missförhållande. Each word is heard in every form the Swedish
 * Snowball stemmer gives the same stem ("ramla" hears "ramlade", "ramlat", "ramlar"); how entries are written is
 * in src/flow/stemSpotting.ts. Strong verbs change their vowel, so their forms are listed ("föll", "fallit").
 * "=" keeps a word exact where its stem is innocent: "slagen" stems to "slag", which is also "slags" (a kind of).
 * Snowball leaves the neuter "-et" on ("golvet", "blåmärket"), so such forms are written out too. "*" hears a word
 * at the end of a compound as well: "*medicin" hears "kvällsmedicinen".
 */
import type { StemmedWords } from '../../src/flow/flowTypes';

// The package's types name its ES module build; require() gets its CommonJS build (dist/se.cjs).
const { stemmer } = require('@orama/stemmers/swedish') as { stemmer: (word: string) => string };

const MEDICINE = '*medicin|*läkemedel|läkemedlet|läkemedlen|*tablett|*insulin|insulinet|dos|dosen|doser|dosett|dosetten|*sprutan|morfin|*droppar|*dropparna|*salva|*salvan|*plåster|*plåstret|inhalator|*piller|sömnmedel';
const FOOD = 'mat|maten|frukost|lunch|middag|kvällsmat|vatten|dricka|dryck|äta|mjölk';

export const SWEDISH_SERIOUS_WORDS: StemmedWords = {
  stem: stemmer,
  entries: [
    // Falls, and being left lying
    'ramla', '=föll', '=fallit', '=trillade', '=trillat', '=halkade', '=halkat', 'snubbla', 'fallolycka',
    'fallskada', 'låg|legat|liggande|ligga|satt|suttit|sittande|hittades|hållen|höll|hålla … *golvet|*golv|marken|sängen', 'kom|kunde|orkade inte … upp',
    'larmet|larm|trygghetslarmet|trygghetslarm|larmknappen … fungerade|fungerat|funkade|svarade|besvarades',
    // Injuries
    'blåmärke', 'blåmärket', 'blåmärken', 'skada', 'skadad', 'sår', 'liggsår', 'trycksår', 'fraktur', 'brutit', '=bröt',
    'benbrott', 'höftfraktur', 'akuten', 'ambulans', 'blödde', 'blod',
    // Medication
    // Medicines are handled by municipal care's nurses: a resident who brings them up in a complaint is most often
    // telling of a missed, late or wrong dose (a possible Lex Maria matter), so the word alone is heard.
    MEDICINE, `fel … ${MEDICINE}`, 'felmedicinering', 'felmedicinerad', 'överdos', `dubbel|dubbla … ${MEDICINE}`,
    `glömde|glömt|glömts|glömdes|glömmer|missade|missat|missar|slarvade|slarvar … ${MEDICINE}`,
    `${MEDICINE} … glömdes|glömts|glömd|glömda|glömt|missades|missats|uteblev|låg|ligger`,
    `inte|ingen|aldrig … fått|fick|får|gett|gav|ges|getts|tagit … ${MEDICINE}`,
    `fått|fick|får|gett|gav|ges|getts|tagit inte|ingen|aldrig … ${MEDICINE}`,
    `annan|annans|andras|boendes|någons … ${MEDICINE}`,
    // Left alone, not visited
    'lämna … ensam|ensamma|själv|själva', 'ensam … natten|timmar|dygnet|hela|dagarna', 'ingen pratar|bryr', 'ingen kom|kommit', 'hemtjänsten|hemtjänst|personalen|personal|assistenten|ingen kom|dök aldrig',
    'uteblivet|uteblivna|uteblev … besök|besöket|besöken', 'besöket|besöken|hemtjänsten|personalen|assistenten … uteblev',
    'övergiven', 'ingen tittade till',
    // Locked in, held, restrained
    'inlåst', 'låsa|låst|låste … in|inne|ute|ytterdörren|dörren', 'dörren|ytterdörren … öppen|olåst', 'fasthållen', 'fasthållning', 'höll|håller|hålla fast', 'fastspänd', 'fastbunden', '=bunden', 'bältad', 'bälte', 'med tvång', 'mot … vilja',
    'hindrade|hindrar … gå|lämna', '=lugnande', 'sederad', 'sövd',
    // Hit, hurt, handled roughly
    '=slog', '=slagit', '=slagen', '=slogs', '=slår', 'misshandel', 'misshandla', '=sparkade', '=sparkat', '=sparkar',
    'knuffa', 'nypa', '=nöp', '=nypte', '=nypt', 'örfil', 'luggade', 'hårdhänt', 'hårdhänta', 'våld', 'våldsam', 'ryckte', 'drar|drog|dragit|slet … armen|håret|sängen', 'stryk', 'blåtira', 'märken', 'hårt … tag|grepp|armen|handleden', 'tog|tar tag i', 'blått öga', 'gör|gjorde|fick ont',
    // Threats, fear, degrading treatment
    'hot', 'hotfull', 'hotfulla', 'skrämd', 'skrämde', '=skrek|skriker|skäller|skällde|gapade|vrålade … åt|på',
    'rädd|rädda … för … personalen|assistenten|henne|honom|dem|personal', 'vågar|vågade inte', 'kränkt', 'kränkande', 'kränkning',
    'förnedrande', 'förnedrad', 'hånade', 'hånar',
    // Hunger and thirst
    'svält', 'svälter', 'svältit', 'hungrig', 'hungriga', 'uttorkad', 'uttorkning', 'törstig', 'avmagrad',
    `fick|fått|får inte|ingen|inget … ${FOOD}`, `inte fått|fick|får … ${FOOD}`, `utan ${FOOD}`, 'utan att äta|dricka', 'gått|gick ner|ned … kilo|vikt', 'tappat|minskat … vikt|kilo', 'utmärglad', 'undernärd',
    // Hygiene
    'blöja|blöjan|blöjor|blöjorna|inkontinensskydd|inkontinensskyddet|skyddet … bytt|bytts|byttes|byter|byts',
    'urin', 'avföring', 'bajs', 'kiss', 'kissblöt', 'ohygienisk', 'hygien|hygienen … dålig|eftersatt|obefintlig|bristfällig',
    'inte|aldrig … duscha|duschat|duschats|duschad|tvättad|tvättats', 'smutsiga|smutsig … kläder|lakan|sängen|säng', 'samma … *skydd|blöja|blöjan|kläder|kläderna|lakan',
    // Abuse, neglect, harm
    'övergrepp', 'övergreppet', 'sexuell', 'sexuella', 'sexuellt', 'tafsade', 'tafsat', 'våldtäkt', 'våldtog',
    'vanvård', 'vanvårdad', 'försummad', 'försummelse', 'försummat', 'far|for|farit illa', '=stal', '=stulit', 'stöld',
    'pengar|pengarna … försvunnit|försvann|stulna|saknas|borta', 'tagit|tog|stulit|snott … pengar|pengarna|smycken|kontot|konto|kortet', 'trakasserad', 'trakasserier',
    // Death and self-harm
    'avliden', 'avled', '=dog', 'död', 'döda', 'dött', 'självmord', 'ta sitt liv', 'suicid',
  ],
};
