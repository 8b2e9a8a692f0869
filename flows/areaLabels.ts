/**
 * How each service area is named to residents. Which areas are offered, and in which order, is
 * configuration (SERVICE_AREAS); the words for each are in the message catalogues.
 */
import { SERVICE_AREAS, type ServiceArea } from '../src/domain';
import type { Choice, ChoiceWords } from '../src/flow/flowTypes';
import type { Localized } from '../src/flow/types';
import { choiceWords, text } from './catalogue';

interface AreaWords {
  choice: ChoiceWords;
  /** For reading back: "som gäller äldreomsorgen" / "about elderly care". */
  about: Localized;
}

export const AREA_WORDS: Readonly<Record<ServiceArea, AreaWords>> = Object.fromEntries(
  SERVICE_AREAS.map((area) => [area, { choice: choiceWords((c) => c.areas[area]), about: text((c) => c.areas[area].about) }]),
) as Record<ServiceArea, AreaWords>;

export function areaChoices(areas: readonly ServiceArea[]): Choice<ServiceArea>[] {
  return areas.map((value) => ({ value, ...AREA_WORDS[value].choice }));
}
