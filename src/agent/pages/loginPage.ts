import { AGENT_ROUTE } from '../agentRoutes';
import { errorSummary, fieldError, fieldState, type ShownProblem } from './formErrors';
import { html } from './html';
import { page } from './layout';

export const LOGIN_TOKEN_FIELD = '_login';

export interface LoginView {
  /** The login form's own CSRF token (no session yet: a double-submit cookie carries its twin). */
  loginToken: string;
  next: string;
  username?: string;
  error?: keyof typeof ERRORS;
}

const ERRORS = {
  invalid: 'Fel användarnamn eller lösenord.',
  locked:
    'För många misslyckade inloggningar härifrån. Inloggningen är spärrad i högst 15 minuter; försök igen senare, eller be en administratör att låsa upp kontot.',
  busy: 'Många loggar in just nu. Vänta några sekunder och försök igen.',
  expired: 'Formuläret hade gått ut. Försök igen.',
} as const;

const HEADING = 'Du kunde inte logga in.';

export function loginPage(view: LoginView): string {
  // A wrong username or password is about the fields: said beside the password, which is the one to type again.
  const password: ShownProblem | undefined = view.error === 'invalid' ? { fieldId: 'password', label: 'Lösenord', text: ERRORS.invalid } : undefined;
  const problems: ShownProblem[] = view.error ? [password ?? { text: ERRORS[view.error] }] : [];
  return page(null, {
    title: 'Logga in',
    failed: Boolean(view.error),
    body: html`
<p>Logga in med ditt konto för kundtjänst eller handläggning.</p>
${view.error ? errorSummary(HEADING, problems) : ''}
<form class="login" method="post" action="${AGENT_ROUTE.login}">
  <input type="hidden" name="${LOGIN_TOKEN_FIELD}" value="${view.loginToken}">
  <input type="hidden" name="next" value="${view.next}">
  <div class="field">
    <label for="username">Användarnamn</label>
    <input id="username" name="username" type="text" autocomplete="username" required value="${view.username ?? ''}" ${fieldState('password', Boolean(password))}>
  </div>
  <div class="field">
    <label for="password">Lösenord</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required ${fieldState('password', Boolean(password))}>
    ${fieldError('password', password)}
  </div>
  <button type="submit">Logga in</button>
</form>`,
  });
}
