import { findCaseByReference } from '../../../src/register/findCase';
import { startChatService, type ChatService } from '../../support/chat';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * Microsoft Teams through Azure Bot Service, with activities shaped as Teams sends them (a personal chat):
 * 29:… user ids, a 28:… bot id, an a:… conversation, tenant in channelData, mentions as <at>…</at> with an
 * entity. Without an app id (development) the replies come back in the response, so the test reads them there.
 */
let t: TestDatabase;
let service: ChatService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url);
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

const BOT = { id: '28:3f1c2b7a-0000-4000-8000-000000000001', name: 'Synpunkt' };
const RESIDENT = { id: '29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc', name: 'Karin Andersson', aadObjectId: 'c86f1a35-0000-4000-8000-000000000002' };
const TENANT = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };

function teamsActivity(conversationId: string, fields: Record<string, unknown>) {
  return {
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    from: RESIDENT,
    recipient: BOT,
    conversation: { conversationType: 'personal', tenantId: TENANT.id, id: conversationId },
    channelData: { tenant: TENANT },
    locale: 'sv-SE',
    ...fields,
  };
}

const said = (conversationId: string, text: string) =>
  teamsActivity(conversationId, {
    type: 'message',
    text,
    textFormat: 'plain',
    entities: [
      ...(text.includes('<at>') ? [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] : []),
      { type: 'clientInfo', locale: 'sv-SE', country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' },
    ],
  });

interface Reply {
  text?: string;
  inputHint?: string;
  suggestedActions?: { actions: { type: string; title: string; value: string }[] };
  channelData?: { step?: string };
}

async function post(body: object): Promise<Reply[]> {
  const response = await fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  const text = await response.text();
  return text ? ((JSON.parse(text) as { activities: Reply[] }).activities ?? []) : [];
}

const question = (replies: Reply[]) => replies.filter((r) => r.inputHint === 'expectingInput').at(-1)!;

it('greets when Teams adds the bot itself, offers at most three imBack buttons and the rest as numbers it understands', async () => {
  const conversation = `a:1${Math.random().toString(36).slice(2)}`;
  const greeting = await post(teamsActivity(conversation, { type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }));
  expect(greeting[0]!.text).toMatch(/^Välkommen till kommunens kundtjänst/);
  expect(question(greeting).suggestedActions!.actions.map((a) => a.type)).toEqual(['imBack', 'imBack', 'imBack']);

  // An imBack button sends its title as text; in a channel the message starts by mentioning the bot.
  const kind = await post(said(conversation, `<at>${BOT.name}</at> ${question(greeting).suggestedActions!.actions[0]!.value}`));
  expect(question(kind).channelData!.step).toBe('kind');
  const area = await post(said(conversation, '<at>Synpunkt</at>&nbsp;Klagomål'));
  const asked = question(area);
  expect(asked.channelData!.step).toBe('area');
  expect(asked.suggestedActions!.actions).toEqual([
    { type: 'imBack', title: 'Äldreomsorg', value: 'Äldreomsorg' },
    { type: 'imBack', title: 'Stöd och service, LSS', value: 'Stöd och service, LSS' },
    { type: 'imBack', title: 'Individ- och familjeomsorg', value: 'Individ- och familjeomsorg' },
  ]);
  expect(asked.text).toMatch(/Fler val, skriv siffran:\n\n4\. Kommunal hälso- och sjukvård\n\n5\. Annat/);

  // The fourth area, reachable only as text, by its number.
  const what = await post(said(conversation, '4'));
  expect(question(what).channelData!.step).toBe('what');
  for (const text of ['Sjuksköterskan kom inte med medicinen i går kväll.', 'Hoppa över', 'hoppa över', 'Mig själv', 'Nej', 'Nej']) {
    await post(said(conversation, text));
  }
  const done = await post(said(conversation, 'Skicka'));
  const reference = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(done.map((r) => r.text ?? '').join('\n'))![1]!;
  const { case: c } = await findCaseByReference(t.db, reference);
  expect(c).toMatchObject({ kind: 'klagomal', area: 'halso_och_sjukvard', channel: 'chat', what: 'Sjuksköterskan kom inte med medicinen i går kväll.' });
});

it('does not greet when someone else is added to a Teams conversation', async () => {
  const conversation = `a:1${Math.random().toString(36).slice(2)}`;
  expect(await post(teamsActivity(conversation, { type: 'conversationUpdate', membersAdded: [{ id: '29:someone-else' }] }))).toEqual([]);
});
