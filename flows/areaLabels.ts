/**
 * How each service area is named to residents. Which areas are offered, and in which order, is
 * configuration (SERVICE_AREAS); the words for each live here.
 */
import type { ServiceArea } from '../src/domain';
import type { Choice, ChoiceWords } from '../src/flow/flowTypes';
import { localized } from '../src/flow/speaking';
import type { Localized } from '../src/flow/types';

interface AreaWords {
  choice: ChoiceWords;
  /** For reading back: "som gäller äldreomsorgen" / "about elderly care". */
  about: Localized;
}

export const AREA_WORDS: Readonly<Record<ServiceArea, AreaWords>> = {
  aldreomsorg: {
    choice: {
      label: localized('Äldreomsorg', 'Elderly care'),
      synonyms: {
        sv: ['äldreomsorgen', 'hemtjänst', 'hemtjänsten', 'särskilt boende', 'äldreboende', 'äldreboendet', 'äldre'],
        en: ['home care', 'care home', 'nursing home', 'elderly', 'old people'],
      },
    },
    about: localized('äldreomsorgen', 'elderly care'),
  },
  stod_och_service: {
    choice: {
      label: localized('Stöd och service, LSS', 'Support and service, LSS'),
      synonyms: {
        sv: ['stöd och service', 'lss', 'funktionsnedsättning', 'daglig verksamhet', 'gruppbostad', 'personlig assistans', 'assistans'],
        en: ['support and service', 'lss', 'disability', 'disability support', 'personal assistance', 'group home'],
      },
    },
    about: localized('stöd och service enligt LSS', 'support and service under LSS'),
  },
  individ_och_familjeomsorg: {
    choice: {
      label: localized('Individ- och familjeomsorg', 'Individual and family care'),
      synonyms: {
        sv: ['individ och familjeomsorg', 'ifo', 'socialtjänst', 'socialtjänsten', 'socialen', 'ekonomiskt bistånd', 'försörjningsstöd', 'barn och familj', 'missbruk'],
        en: ['individual and family care', 'social services', 'social welfare', 'family services', 'financial assistance'],
      },
    },
    about: localized('individ- och familjeomsorgen', 'individual and family care'),
  },
  halso_och_sjukvard: {
    choice: {
      label: localized('Kommunal hälso- och sjukvård', 'Municipal health care'),
      synonyms: {
        sv: ['hälso och sjukvård', 'hälso- och sjukvård', 'sjukvård', 'sjukvården', 'sjuksköterska', 'hemsjukvård', 'rehabilitering'],
        en: ['health care', 'healthcare', 'nurse', 'nursing', 'home nursing', 'rehabilitation'],
      },
    },
    about: localized('den kommunala hälso- och sjukvården', 'municipal health care'),
  },
  annat: {
    choice: {
      label: localized('Annat', 'Something else'),
      synonyms: { sv: ['något annat', 'övrigt', 'vet inte'], en: ['other', 'else', 'not sure', "don't know"] },
    },
    about: localized('något annat', 'something else'),
  },
};

export function areaChoices(areas: readonly ServiceArea[]): Choice<ServiceArea>[] {
  return areas.map((value) => ({ value, ...AREA_WORDS[value].choice }));
}
