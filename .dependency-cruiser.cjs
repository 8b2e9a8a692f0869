/**
 * The rules between the project's folders, checked in `npm test` (npm run depcheck). README, "Where things are",
 * says the same in words. A rule here fails the build: severity error throughout.
 */
const PROJECT = '^(src|flows)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing',
      comment: 'src/domain is what every part shares: it imports nothing of the project outside itself.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: PROJECT, pathNot: '^src/domain/' },
    },
    {
      name: 'engine-imports-only-domain',
      comment: 'src/flow is a pure engine: it imports only src/domain (never the register, a channel or a flow).',
      severity: 'error',
      from: { path: '^src/flow/' },
      to: { path: PROJECT, pathNot: '^src/(flow|domain)/' },
    },
    {
      name: 'flows-import-only-engine-and-domain',
      comment: 'flows/ is the conversation as data: it imports only src/flow and src/domain.',
      severity: 'error',
      from: { path: '^flows/' },
      to: { path: PROJECT, pathNot: '^(flows|src/flow|src/domain)/' },
    },
    {
      name: 'config-imports-only-domain',
      comment: 'src/config reads the environment into the domain\'s words: it imports only src/domain.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: PROJECT, pathNot: '^src/(config|domain)/' },
    },
    {
      name: 'channels-go-through-the-conversation',
      comment:
        'src/channels translate wire formats; cases, callbacks, the outbox and the agent workspace are reached ' +
        'through src/conversation, never directly.',
      severity: 'error',
      from: { path: '^src/(channels|webchat)/' },
      to: { path: '^src/(register|callbacks|outbox|agent|intake)/' },
    },
    {
      name: 'channels-use-only-the-database-port',
      comment:
        'A channel may keep its own tables (the chat\'s transcript, rate limits, attachments) through the database ' +
        'port, but never another module\'s store (the sessions are the conversation\'s) or the migrations.',
      severity: 'error',
      from: { path: '^src/(channels|webchat)/' },
      to: { path: '^src/db/', pathNot: '^src/db/(database|databaseErrors|storableText)\\.ts$' },
    },
    {
      name: 'register-depends-on-none-of-its-users',
      comment:
        'src/register owns cases and their history; callbacks, the outbox, the intake, the conversation and the ' +
        'agent workspace ask it. It never imports them.',
      severity: 'error',
      from: { path: '^src/register/' },
      to: { path: '^src/(callbacks|outbox|intake|conversation|agent|channels|webchat|organisation|accessLog)/' },
    },
    {
      name: 'resident-status-above-what-it-asks',
      comment:
        'src/residentStatus (status on request, one-time codes, not satisfied) asks the register, the outbox, the ' +
        'organisation and the follow-up; none of them, nor the conversation or the flows, imports it.',
      severity: 'error',
      from: { path: '^src/(register|outbox|organisation|followUp|callbacks|conversation|flow|domain|db)/' },
      to: { path: '^src/residentStatus/' },
    },
    {
      name: 'organisation-and-access-log-below-their-users',
      comment:
        'src/organisation (units, managers, memberships, routing rules) and src/accessLog (who read which case) ' +
        'are asked by the intake and the agent workspace; they import none of the modules above them.',
      severity: 'error',
      from: { path: '^src/(organisation|accessLog)/' },
      to: { path: '^src/(callbacks|outbox|intake|conversation|agent|channels|webchat)/' },
    },
    {
      name: 'callbacks-and-outbox-below-the-intake',
      comment:
        'src/callbacks depends on the register, never the reverse; the outbox may ask callbacks. Neither imports ' +
        'the intake, the conversation or the agent workspace above them (the callbacks not the outbox either).',
      severity: 'error',
      from: { path: '^src/(callbacks|outbox)/' },
      to: { path: '^src/(intake|conversation|agent|channels|webchat)/' },
    },
    {
      name: 'callbacks-do-not-import-the-outbox',
      comment: 'The outbox asks callbacks (is a click-to-call still wanted), never the reverse.',
      severity: 'error',
      from: { path: '^src/callbacks/' },
      to: { path: '^src/outbox/' },
    },
    {
      name: 'only-main-imports-the-composition-root',
      comment: 'src/service.ts wires everything by hand; nothing but src/main.ts (and tests) depends on it.',
      severity: 'error',
      from: { path: PROJECT, pathNot: '^src/main\\.ts$' },
      to: { path: '^src/(service|main)\\.ts$' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No two folders depend on each other, however indirectly.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'No module imports itself, however indirectly.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^|/)assets/' },
    // Resolve packages as Node does for this CommonJS project: by their exports map, under "require".
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
