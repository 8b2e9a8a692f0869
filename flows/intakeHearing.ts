/**
 * What a resident already said that answers a later question, so it is not asked again: "jag vill klaga på
 * hemtjänsten" at the menu is a complaint about elderly care, and "min mamma ramlade" tells on whose behalf.
 * Only what is named once and unmistakably counts; anything unclear is asked as usual.
 */
import { LANGUAGES, type CaseKind, type OnBehalf, type ServiceArea } from '../src/domain';
import type { WordList } from '../src/flow/flowTypes';
import { mentionsAny } from '../src/flow/wordSpotting';
import { AREA_WORDS } from './areaLabels';
import { words } from './catalogue';
import { KIND_CHOICES } from './intakeChoices';

/** Words naming the person it is about, as a relative or someone else says them (every language is listened for). */
const ON_BEHALF_HEARD: Readonly<Record<Exclude<OnBehalf, 'self'>, WordList>> = {
  relative: words((c) => c.words.relatives),
  other: words((c) => c.words.others),
};

const everyLanguage = (words: WordList) => LANGUAGES.flatMap((l) => words[l]);

/** The one value whose words are named, or null when none or several are. */
function namedOnce<V>(text: string, candidates: readonly (readonly [V, readonly string[]])[]): V | null {
  const named = candidates.filter(([, words]) => mentionsAny(text, words));
  return named.length === 1 ? named[0]![0] : null;
}

/** "jag vill klaga" → klagomål; the full menu label names all three kinds and gives none. */
export function kindHeardIn(text: string): CaseKind | null {
  return namedOnce(
    text,
    KIND_CHOICES.filter((c) => c.value !== undefined).map((c) => [c.value!, [...LANGUAGES.map((l) => c.label[l]), ...(c.synonyms ? everyLanguage(c.synonyms) : [])]] as const),
  );
}

/** "…på hemtjänsten" → äldreomsorg, among the areas offered; "annat" is never heard, only chosen. */
export function areaHeardIn(text: string, areas: readonly ServiceArea[]): ServiceArea | null {
  return namedOnce(
    text,
    areas
      .filter((a) => a !== 'annat')
      .map((a) => {
        const { label, synonyms } = AREA_WORDS[a].choice;
        return [a, [...LANGUAGES.map((l) => label[l]), ...(synonyms ? everyLanguage(synonyms) : [])]] as const;
      }),
  );
}

/** "min mamma" → a närstående; "min granne" → someone else; the resident's own case is always asked. */
export function onBehalfHeardIn(text: string): OnBehalf | null {
  return namedOnce(text, (['relative', 'other'] as const).map((v) => [v, everyLanguage(ON_BEHALF_HEARD[v])] as const));
}
