import type { Case } from '../../register/case';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { html, when, type Html } from './html';
import { apiForm } from './layout';

/**
 * What the case concerns, for the analysis: shown to everyone who reads the case; a form of checkboxes for its
 * handler (choices null: this reader may not set them). A category no longer configured stays until unticked.
 */
export function caseCategoriesSection(c: Case, choices: readonly string[] | null): Html {
  const shown = c.categories.length ? c.categories.join(', ') : 'Inga ännu';
  if (!choices) return html`<h2>Kategorier</h2><p>${shown}</p>`;
  const offered = [...choices, ...c.categories.filter((k) => !choices.includes(k))];
  return html`<section aria-labelledby="categories-heading"><h2 id="categories-heading">Kategorier</h2>
  ${apiForm(
    { api: pathTo(AGENT_API.caseCategories, { reference: c.reference }), next: pathTo(AGENT_ROUTE.case, { reference: c.reference }), submitLabel: 'Spara kategorierna', done: 'kategorier-sparade' },
    html`<fieldset><legend>Vad gäller ärendet?</legend>
    ${offered.map(
      (name, i) => html`<div class="field checkbox">
        <input id="category-${i}" name="categories" type="checkbox" value="${name}" data-array ${when(c.categories.includes(name), 'checked')}>
        <label for="category-${i}">${name}</label>
      </div>`,
    )}
    </fieldset>`,
  )}
</section>`;
}
