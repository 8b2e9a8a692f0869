import type { ResidentTexts } from './residentTexts';

const call = (phone: string | null) => (phone ? `soita asiakaspalveluun numeroon ${phone}` : 'soita kunnan asiakaspalveluun');
const Call = (phone: string | null) => call(phone).replace(/^s/, 'S');

export const fi: ResidentTexts = {
  newsSubject: (ref) => `Tietoa asiastasi ${ref}`,
  answerSubject: (ref) => `Vastaus asiaasi ${ref}`,
  greeting: (name) => (name ? `Hei ${name}!` : 'Hei!'),
  newsIntro: (ref) => `Tässä kerromme, mitä asiallesi tapahtuu. Asianumero: ${ref}.`,
  answerIntro: (ref) => `Tässä on vastauksemme. Asianumero: ${ref}.`,
  notSatisfiedLink: (url) => `Etkö ole tyytyväinen vastaukseen? Kerro siitä täällä, niin seuraavan tason esihenkilö ottaa asian käsittelyyn: ${url}`,
  notSatisfiedContact: ({ phone, reference, canReply }) =>
    `Etkö ole tyytyväinen vastaukseen? ${canReply ? `Vastaa tähän viestiin tai ${call(phone)}` : Call(phone)} ja kerro asianumero ${reference}. Seuraavan tason esihenkilö ottaa asian silloin käsittelyyn.`,
  ivo: 'Jos et vieläkään ole tyytyväinen, voit kääntyä Inspektionen för vård och omsorg -viraston (IVO) puoleen, ivo.se.',
  patientnamnden: 'Jos et vieläkään ole tyytyväinen, voit kääntyä alueesi potilaslautakunnan (Patientnämnden) puoleen.',
  ivoOrPatientnamnden:
    'Jos et vieläkään ole tyytyväinen, voit kääntyä sosiaalipalveluja ja vammaisten tukea koskevissa asioissa IVO:n puoleen (ivo.se) tai terveydenhuoltoa koskevissa asioissa alueesi potilaslautakunnan (Patientnämnden) puoleen.',
  questions: (phone, ref) => `Onko sinulla kysyttävää? ${Call(phone)} ja kerro asianumero ${ref}.`,
  signOff: (municipality) => `Ystävällisin terveisin\n${municipality}`,
  newsHasCome: (ref, phone) => `Asiastasi ${ref} on uutta tietoa. ${Call(phone)} ja kerro asianumero, niin kerromme sen sinulle.`,
  answerHasComeCall: (ref, phone) => `Vastaus asiaasi ${ref} on valmis. Asiakaspalvelu soittaa sinulle ja kertoo sen. Voit myös itse ${call(phone)} ja kertoa asianumeron.`,
};
