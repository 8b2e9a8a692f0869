/** Every path of the agent workspace, named once: routers, pages and the browser script use these. */
export const AGENT_ROUTE = {
  home: '/agent',
  /** A handler's start page: their units' open cases. */
  inbox: '/agent/inbox',
  /** Server-sent events: the inbox and the callback queue hear here that their list changed. */
  events: '/agent/events',
  login: '/agent/login',
  logout: '/agent/logout',
  calls: '/agent/calls',
  finishCall: '/agent/calls/:callSid',
  newCase: '/agent/new-case',
  incomplete: '/agent/incomplete',
  /** The phone queue live, and "take next caller". */
  line: '/agent/line',
  /** Waits for the bridge after "take next caller", then opens that call's finish-call form. */
  lineTaken: '/agent/line/taken',
  callbacks: '/agent/callbacks',
  callback: '/agent/callbacks/:id',
  findCase: '/agent/cases',
  case: '/agent/cases/:reference',
  caseAttachment: '/agent/cases/:reference/attachments/:id',
  caseRecording: '/agent/cases/:reference/recordings/:id',
  /** A copy for a public-records request, with the secret parts masked; POST records its release. */
  caseCopy: '/agent/cases/:reference/kopia',
  caseSecretParts: '/agent/cases/:reference/sekretess',
  overdue: '/agent/overdue',
  /** Letters to residents waiting to be printed, and one letter as an A4 page to print. */
  letters: '/agent/letters',
  letter: '/agent/letters/:id',
  serious: '/agent/serious',
  accounts: '/agent/accounts',
  units: '/agent/units',
  unit: '/agent/units/:id',
  accessLog: '/agent/access-log',
  /** Everything held about a person (GDPR art. 15), its exports, and erasure on a decision. */
  registerExtract: '/agent/register-extract',
  registerExtractExport: '/agent/register-extract/export',
  registerExtractErasure: '/agent/register-extract/erasure',
  account: '/agent/accounts/:username',
  assets: '/agent/assets',
} as const;

/** The JSON API the pages call; the same session and CSRF token guard it. */
export const AGENT_API = {
  me: '/api/agent/me',
  calls: '/api/agent/calls',
  finishCall: '/api/agent/calls/:callSid/case',
  takeCall: '/api/agent/calls/:callSid/take',
  cases: '/api/agent/cases',
  inbox: '/api/agent/inbox',
  search: '/api/agent/search',
  incompleteCases: '/api/agent/cases/incomplete',
  overdueCases: '/api/agent/cases/overdue',
  seriousCases: '/api/agent/cases/serious',
  case: '/api/agent/cases/:reference',
  completeCase: '/api/agent/cases/:reference/completion',
  closeIncompleteCase: '/api/agent/cases/:reference/closure',
  caseStatus: '/api/agent/cases/:reference/status',
  caseNotes: '/api/agent/cases/:reference/notes',
  flagSerious: '/api/agent/cases/:reference/serious',
  caseAssessment: '/api/agent/cases/:reference/assessment',
  line: '/api/agent/line',
  takeNextCaller: '/api/agent/line/next',
  caseUnit: '/api/agent/cases/:reference/unit',
  caseCategories: '/api/agent/cases/:reference/categories',
  /** News or the answer to the resident, the way they chose. */
  caseResidentMessages: '/api/agent/cases/:reference/resident-messages',
  caseContactAddress: '/api/agent/cases/:reference/contact-address',
  letterPrinted: '/api/agent/letters/:id/printed',
  callbacks: '/api/agent/callbacks',
  claimNextCallback: '/api/agent/callbacks/next/claim',
  claimCallback: '/api/agent/callbacks/:id/claim',
  releaseCallback: '/api/agent/callbacks/:id/release',
  callbackOutcome: '/api/agent/callbacks/:id/outcome',
  callResident: '/api/agent/callbacks/:id/call',
  units: '/api/agent/units',
  unitDetails: '/api/agent/units/:id',
  unitParent: '/api/agent/units/:id/parent',
  unitActive: '/api/agent/units/:id/active',
  unitManagers: '/api/agent/units/:id/managers',
  unitManager: '/api/agent/units/:id/managers/:managerId/removal',
  unitMembers: '/api/agent/units/:id/members',
  unitMemberRemoval: '/api/agent/units/:id/members/:username/removal',
  routingRules: '/api/agent/routing-rules',
  routingRuleRemoval: '/api/agent/routing-rules/:ruleId/removal',
  accounts: '/api/agent/accounts',
  disableAccount: '/api/agent/accounts/:username/disable',
  enableAccount: '/api/agent/accounts/:username/enable',
  unlockAccount: '/api/agent/accounts/:username/unlock',
  accountPassword: '/api/agent/accounts/:username/password',
} as const;

export const AGENT_API_PREFIX = '/api/agent';
export const AGENT_PAGE_PREFIX = '/agent';

/** Fills a route's :parameters, URL-encoded: pathTo(AGENT_ROUTE.case, { reference: '2026-00042' }). */
export function pathTo(route: string, params: Record<string, string | number>): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pathTo: ${route} needs ${name}`);
    return encodeURIComponent(String(value));
  });
}
