/**
 * Finnish words and phrases that may mean a missförhållande, heard by their stems with the Finnish Snowball
 * stemmer: "mustelma" hears "mustelmia" and "mustelmilla", "lattialla" hears "lattialle". How entries are written is
 * in src/flow/stemSpotting.ts. The stemmer leaves most verb forms and consonant gradation apart ("lyö", "löi",
 * "lyöty"; "lääke", "lääkkeet"), so those forms are listed.
 */
import type { StemmedWords } from '../../src/flow/flowTypes';

// The package's types name its ES module build; require() gets its CommonJS build (dist/fi.cjs).
const { stemmer } = require('@orama/stemmers/finnish') as { stemmer: (word: string) => string };

const MEDICINE = '*lääke|*lääkkeet|*lääkkeitä|*lääkettä|*lääkkeen|lääkkeensä|lääkkeitään|lääkitys|lääkityksen|*tabletti|*tabletit|insuliini|dosetti|*pillerit|morfiini';

export const FINNISH_SERIOUS_WORDS: StemmedWords = {
  stem: stemmer,
  entries: [
    // Falls, and being left lying
    'kaatui', 'kaatunut', 'kaatuneena', 'kaatuu', 'kaatuminen', 'kaatumisen', 'liukastui', 'kompastui',
    'makasi|maannut|makaamassa|löytyi … lattialla|maassa', 'ei päässyt|pääse … ylös', 'hälytin|turvaranneke|turvahälytin … ei toiminut|vastannut',
    // Injuries
    'mustelma', 'mustelmia', 'loukkaantui', 'loukkaantunut', 'haava', 'painehaava', 'makuuhaava', 'murtui', 'murtunut',
    'lonkkamurtuma', 'ambulanssi', 'päivystykseen', 'vuoti verta',
    // Medication
    // As in Swedish and English, a resident who brings medicines up is most often telling of a missed or wrong dose.
    MEDICINE, `väärä|väärää|vääriä|väärän … ${MEDICINE}`, 'lääkevirhe', 'yliannostus',
    `unohti|unohtivat|unohdettiin|unohtunut|jäi|jäivät … ${MEDICINE}`, `${MEDICINE} … jäivät|jäi|unohtuivat|unohtui`,
    `ei saanut|saa … ${MEDICINE}`,
    // Left alone, not visited
    'jätettiin|jätetty|jäi … yksin', 'kukaan ei tullut|käynyt', 'ei kukaan tullut|käynyt', 'käynti jäi väliin', 'hylätty',
    // Locked in, held, restrained
    'lukittu', 'lukittiin', 'lukitsivat', 'sidottu', 'sidottiin', 'sitoivat', 'lepositeet', 'väkisin', 'vastoin … tahtoa|tahtoaan',
    // Hit, hurt, handled roughly
    '=löi', '=lyö', '=lyönyt', '=lyöty', '=lyötiin', 'hakattu', 'hakkasi', 'potkaisi', 'potki', 'tönäisi', 'tuuppasi', 'nipisti',
    'pahoinpitely', 'pahoinpidelty', 'pahoinpiteli', 'väkivalta', 'väkivaltainen', 'kovakourainen', 'kovakouraisesti', 'repi|riuhtoi … käsivarresta|hiuksista',
    // Threats, fear, degrading treatment
    'uhkasi', 'uhkaili', 'uhkaillut', 'uhattu', 'uhkailu', 'huusi|huutaa|huutavat … hänelle|äidilleni|isälleni', 'pelkää|pelkäsi … hoitajia|hoitajaa|henkilökuntaa',
    'nöyryytti', 'nöyryyttävä', 'loukkaava', 'ahdistelu', 'ahdisteltu',
    // Hunger and thirst
    'nälkää', 'nälässä', 'nälkäinen', 'kuivunut', 'kuivuminen', 'ei saanut … ruokaa|syötävää|vettä|juotavaa', 'laihtunut', 'aliravittu',
    // Hygiene
    'vaippaa|vaippoja … ei vaihdettu|vaihdettu', 'virtsa', 'uloste', 'likainen|likaiset … vaatteet|lakanat|sänky',
    // Abuse, neglect, harm
    'laiminlyönti', 'laiminlyöty', 'laiminlyötiin', 'hyväksikäyttö', 'seksuaalinen', 'varasti', 'varastettiin', 'rahat … katosivat|hävisivät',
    // Death and self-harm
    'kuoli', 'kuollut', 'kuolema', 'itsemurha',
  ],
};
