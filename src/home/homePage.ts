import { AGENT_ROUTE } from '../agent/agentRoutes';
import { html } from '../agent/pages/html';
import { CHAT_ROUTE } from '../channels/chat/chatRoutes';
import type { Language } from '../domain';
import { HOME_ROUTE } from './homeRoutes';
import { publicPage } from './publicPage';

/** The front page's words: where a resident goes to leave a case, and where staff sign in. */
const HOME_TEXT: Readonly<Record<Language, Readonly<Record<'title' | 'intro' | 'chat' | 'phone' | 'statistics' | 'agent' | 'inThisLanguage', string>>>> = {
  sv: {
    title: 'Synpunkter, klagomål och beröm',
    intro: 'Här kan du lämna synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd.',
    chat: 'Lämna synpunkter i den automatiska chatten',
    phone: 'Du kan också ringa kommunens kundtjänst.',
    statistics: 'Statistik över synpunkter, klagomål och beröm som kommit in',
    agent: 'Logga in som handläggare eller kundtjänst',
    inThisLanguage: 'På svenska',
  },
  en: {
    title: 'Feedback, complaints and praise',
    intro: 'Here you can give feedback, complaints or praise about care, social services and support.',
    chat: 'Give feedback in the automatic chat',
    phone: "You can also call the municipality's customer service.",
    statistics: 'Statistics on the feedback, complaints and praise received',
    agent: 'Sign in as case handler or customer service',
    inThisLanguage: 'In English',
  },
  fi: {
    title: 'Palaute, valitukset ja kiitokset',
    intro: 'Täällä voit antaa palautetta, tehdä valituksen tai kiittää hoidosta, sosiaalipalveluista ja tuesta.',
    chat: 'Keskustele asiakaspalvelun kanssa',
    phone: 'Voit myös soittaa kunnan asiakaspalveluun.',
    statistics: 'Tilastot saaduista palautteista, valituksista ja kiitoksista',
    agent: 'Kirjaudu käsittelijänä tai asiakaspalvelussa',
    inThisLanguage: 'Suomeksi',
  },
};

/** GET /: a small page that leads to the chat and to the agents' login, in the chat page's style. */
export function homePage(language: Language, languages: readonly Language[]): string {
  const t = HOME_TEXT[language];
  return publicPage({
    language,
    languages,
    title: t.title,
    mainClass: 'chat',
    inLanguage: (other) => ({ href: `${HOME_ROUTE.home}?lang=${other}`, name: HOME_TEXT[other].inThisLanguage }),
    content: html`<p class="intro">${t.intro}</p>
<ul>
<li><a href="${`${CHAT_ROUTE.page}?lang=${language}`}">${t.chat}</a></li>
</ul>
<p>${t.phone}</p>
<p><a href="${`${HOME_ROUTE.statistics}?lang=${language}`}">${t.statistics}</a></p>
<p><a href="${AGENT_ROUTE.home}">${t.agent}</a></p>`,
  });
}
