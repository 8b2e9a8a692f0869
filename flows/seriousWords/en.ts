/**
 * English words and phrases that may mean a missförhållande, heard by their stems with the English (Porter)
 * stemmer: "bruise" hears "bruised" and "bruises". How entries are written is in src/flow/stemSpotting.ts.
 * "=" keeps a word exact where its stem is innocent: "falling" (short) and "fall" (autumn) share the stem of "fell".
 */
import type { StemmedWords } from '../../src/flow/flowTypes';

// The package's types name its ES module build; require() gets its CommonJS build (dist/en.cjs).
const { stemmer } = require('@orama/stemmers/english') as { stemmer: (word: string) => string };

const MEDICINE = 'medication|medications|medicine|medicines|pills|tablets|tablet|insulin|dose|doses|morphine|injection|drops|cream|patch|inhaler';
const FOOD = 'food|meal|meals|breakfast|lunch|dinner|supper|water|drink|drinks|eat';

export const ENGLISH_SERIOUS_WORDS: StemmedWords = {
  stem: stemmer,
  entries: [
    // Falls, and being left lying
    '=fell', '=fallen', 'a|had fall|falls', '=falls', 'tripped', 'slipped', 'lay|lying|left|lain … on … floor|ground',
    "couldn|could|unable … get up", 'alarm|alarms … work|working|worked|answered|ignored',
    // Injuries
    'bruise', 'bruises', 'injury', 'injured', 'injuries', 'hurt', 'harm', 'harmed', 'wound', 'bedsore', 'bedsores',
    'pressure … sore|sores|ulcer|ulcers', 'fracture', 'fractured', 'broke … hip|arm|leg|wrist', 'broken … hip|arm|leg|wrist',
    'ambulance', 'bleeding', 'cut|cuts|gash on', 'had an accident',
    // Medication
    // Medicines are handled by municipal care's nurses: brought up in a complaint, they most often mean a missed,
    // late or wrong dose (a possible Lex Maria matter), so the word alone is heard.
    MEDICINE, `wrong … ${MEDICINE}`, 'overdose', `double … ${MEDICINE}`, `missed|forgot|forgotten|skipped … ${MEDICINE}`,
    `no|not|never|without … ${MEDICINE}`, `else … ${MEDICINE}`, 'sedated', 'sedative', 'sedatives', `${MEDICINE} … missed|forgotten|skipped`,
    // Left alone, not visited
    'left … alone|unattended|unsupervised', 'on her|his|their own … hours|night|day', 'nobody|noone … came|come|checked|answered|helped', 'no one … came|come|checked|answered|helped', 'alarm|bell … ignored|nobody',
    'missed … visit|visits', 'didn|never … turn|show up', 'didn … come', 'never came', 'abandoned',
    // Locked in, held, restrained
    'locked … in|up|inside', 'tied', 'strapped', 'restrained', 'restraint', 'against … will', 'forced|pushed her|him|them|mum|dad|mother|father',
    // Hit, handled roughly
    'hit', 'beat', 'beaten', 'struck', 'kicked', 'slapped', 'punched', 'pinched', 'shoved', 'grabbed', 'dragged', 'yanked', 'pulled … hair|arm|arms', 'black eye', 'punish', 'punished', 'rough', 'roughly',
    'assault', 'assaulted', 'violence', 'violent',
    // Threats, fear, degrading treatment
    'threat', 'threats', 'threatened', 'threatening', 'intimidated', 'scared|afraid|frightened … of', 'shouted|yelled|screamed|shouts|yells … at',
    'humiliated', 'humiliating', 'degrading', 'mocked', 'bullied', 'harassed', 'harassment',
    // Hunger and thirst
    'starving', 'starved', 'hungry', 'dehydrated', 'dehydration', 'thirsty', 'malnourished', 'weight loss', 'lost … weight',
    `no|not|never|without … ${FOOD}`, 'not fed', 'nothing to eat|drink',
    // Hygiene
    'soiled', 'urine', 'faeces', 'feces', 'excrement', 'wet|dirty … pad|pads|nappy|bed|sheets|clothes', 'unwashed',
    'not|never|hasn|haven|wasn|weren … washed|bathed|showered|changed', 'poor|bad … hygiene',
    // Abuse, neglect, harm
    'abuse', 'abused', 'abusive', 'neglect', 'neglected', 'sexual', 'sexually', 'rape', 'raped', 'groped', 'stole', 'stolen', 'theft',
    'money … missing|gone|taken', 'taking|took|stealing|steal|stole … money|cash|jewellery|card', 'refused … help|toilet|food|water|drink|wash',
    // Death and self-harm
    'died', 'dead', 'death', 'suicide', 'kill|killed … herself|himself|themselves',
  ],
};
