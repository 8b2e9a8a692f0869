import type { CaseKind, Language, ServiceArea } from '../domain';

export interface StatisticsText {
  title: string;
  intro: string;
  suppression: string;
  area: string;
  half: (year: number, half: 1 | 2, current: boolean) => string;
  updated: string;
  home: string;
  inThisLanguage: string;
  kinds: Readonly<Record<CaseKind, string>>;
  areas: Readonly<Record<ServiceArea, string>>;
}

/** The public statistics' words. Kinds and areas as residents meet them, in each language the service offers. */
export const STATISTICS_TEXT: Readonly<Record<Language, StatisticsText>> = {
  sv: {
    title: 'Statistik: synpunkter, klagomål och beröm',
    intro: 'Hur många synpunkter, klagomål, förslag och beröm kommunen har tagit emot om omsorg, socialtjänst och stöd, per verksamhetsområde och halvår.',
    suppression: 'Antal från 1 till 4 visas som ”< 5”, så att ingen enskild person kan pekas ut.',
    area: 'Verksamhetsområde',
    half: (year, half, current) => `${half === 1 ? 'Första' : 'Andra'} halvåret ${year} (${half === 1 ? 'januari–juni' : 'juli–december'})${current ? ', hittills' : ''}`,
    updated: 'Siffrorna uppdateras en gång i timmen.',
    home: 'Till startsidan',
    inThisLanguage: 'På svenska',
    kinds: { klagomal: 'Klagomål', synpunkt: 'Synpunkter', forslag: 'Förslag', berom: 'Beröm' },
    areas: {
      aldreomsorg: 'Äldreomsorg',
      stod_och_service: 'Stöd och service (LSS)',
      individ_och_familjeomsorg: 'Individ- och familjeomsorg',
      halso_och_sjukvard: 'Kommunal hälso- och sjukvård',
      annat: 'Annat',
    },
  },
  en: {
    title: 'Statistics: feedback, complaints and praise',
    intro: 'How many complaints, opinions, suggestions and praise the municipality has received about care, social services and support, per service area and half-year.',
    suppression: 'Counts from 1 to 4 are shown as “< 5”, so that no one can be identified.',
    area: 'Service area',
    half: (year, half, current) => `${half === 1 ? 'First' : 'Second'} half of ${year} (${half === 1 ? 'January–June' : 'July–December'})${current ? ', so far' : ''}`,
    updated: 'The figures are updated once an hour.',
    home: 'To the front page',
    inThisLanguage: 'In English',
    kinds: { klagomal: 'Complaints', synpunkt: 'Opinions', forslag: 'Suggestions', berom: 'Praise' },
    areas: {
      aldreomsorg: 'Care of older people',
      stod_och_service: 'Support and service (LSS)',
      individ_och_familjeomsorg: 'Individual and family care',
      halso_och_sjukvard: 'Municipal health care',
      annat: 'Other',
    },
  },
  fi: {
    title: 'Tilastot: palautteet, valitukset ja kiitokset',
    intro: 'Kuinka monta valitusta, mielipidettä, ehdotusta ja kiitosta kunta on saanut hoidosta, sosiaalipalveluista ja tuesta, toiminta-alueittain ja puolivuosittain.',
    suppression: 'Määrät 1–4 näytetään muodossa ”< 5”, jotta ketään ei voida tunnistaa.',
    area: 'Toiminta-alue',
    half: (year, half, current) => `${year} ${half === 1 ? 'tammi–kesäkuu' : 'heinä–joulukuu'}${current ? ', tähän mennessä' : ''}`,
    updated: 'Luvut päivitetään kerran tunnissa.',
    home: 'Etusivulle',
    inThisLanguage: 'Suomeksi',
    kinds: { klagomal: 'Valitukset', synpunkt: 'Mielipiteet', forslag: 'Ehdotukset', berom: 'Kiitokset' },
    areas: {
      aldreomsorg: 'Vanhustenhuolto',
      stod_och_service: 'Tuki ja palvelut (LSS)',
      individ_och_familjeomsorg: 'Yksilö- ja perhehuolto',
      halso_och_sjukvard: 'Kunnallinen terveydenhuolto',
      annat: 'Muu',
    },
  },
};
