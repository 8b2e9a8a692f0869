import { findCaseWithCallbacks } from '../../../src/intake/caseWithCallbacks';
import { DirectLine } from 'botframework-directlinejs';
import { DIRECT_LINE, directLineRequest, generateToken, startChatService, type ChatService } from '../../support/chat';
import { ChatResident } from '../../support/chatResident';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
let service: ChatService;
const residents: ChatResident[] = [];
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url);
});
afterAll(async () => {
  for (const r of residents) r.end();
  await service.close();
  await t.drop();
});

async function open(locale?: string, callbackLanguage?: string): Promise<ChatResident> {
  const resident = await ChatResident.open(service.url, locale, callbackLanguage ? { callbackLanguage } : {});
  residents.push(resident);
  return resident;
}

describe('the website chat through Microsoft\'s Direct Line client, into the register on PostgreSQL', () => {
  it('greets in Swedish and offers the menu as buttons in the phone\'s order, naming the step', async () => {
    const r = await open();
    expect(r.transcript).toMatch(/^Välkommen till kommunens kundtjänst/);
    expect(r.question).toMatchObject({ inputHint: 'expectingInput', locale: 'sv-SE', channelData: { step: 'menu', input: 'choice' } });
    expect(r.question.suggestedActions!.actions.map((a) => [a.value, a.title])).toEqual([
      ['1', 'Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd'],
      ['2', 'Hur går det med mitt ärende?'],
      ['0', 'Kundtjänst ringer dig'],
      ['9', 'English'],
    ]);
  });

  it('takes a whole complaint by buttons and typing, and shows the case number that the register holds', async () => {
    const r = await open();
    await r.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
    expect(r.question.channelData!.step).toBe('kind');
    await r.type('klagomål');
    expect(r.question.channelData!.step).toBe('area');
    await r.type('2');
    expect(r.question.channelData).toEqual({ step: 'what', input: 'text' });
    expect(r.transcript).toMatch(/allmän handling/);
    await r.type('Min sons assistent kom inte på lördagen, så han kom inte till sin träning.');
    expect(r.question.suggestedActions!.actions).toEqual([expect.objectContaining({ title: 'Hoppa över', value: '#' })]);
    await r.press('Hoppa över');
    expect(r.question.channelData!.step).toBe('consequences');
    await r.type('hoppa över');
    await r.press('En närstående');
    await r.press('Nej');
    expect(r.question.channelData!.step).toBe('wants_reply');
    await r.press('Nej');
    expect(r.question.channelData!.step).toBe('confirm');
    const goodbye = await r.press('Skicka');

    expect(goodbye.at(-1)).toMatchObject({ type: 'endOfConversation', channelData: { ending: 'end' } });
    const shown = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(r.transcript)?.[1];
    expect(shown).toBeDefined();
    const { case: c } = await findCaseWithCallbacks(t.db, shown!);
    expect(c).toMatchObject({
      status: 'registered',
      kind: 'klagomal',
      area: 'stod_och_service',
      channel: 'chat',
      what: 'Min sons assistent kom inte på lördagen, så han kom inte till sin träning.',
      whenWhere: null,
      onBehalf: 'relative',
      replyMethod: null,
    });
    expect(c.source.conversationId).toBe(r.conversationId);
  });
});

describe('a reply by phone or by e-mail, in the chat', () => {
  it('asks for a phone number where the phone reads back the caller\'s, and queues a callback', async () => {
    const r = await open();
    await r.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
    await r.press('Synpunkt eller förslag');
    await r.press('Äldreomsorg');
    await r.type('Det vore bra om hemtjänsten kunde ringa innan de kommer.');
    // A suggestion is not asked when and where, nor for consequences.
    expect(r.question.channelData!.step).toBe('on_behalf');
    await r.press('Mig själv');
    await r.press('Nej');
    await r.press('Ja');
    await r.type('Karin Andersson');
    expect(r.question.channelData!.step).toBe('reply_method');
    await r.press('Telefon');
    expect(r.question).toMatchObject({ text: 'Skriv det telefonnummer vi ska ringa.', channelData: { step: 'callback_number_entry', input: 'phone' } });
    await r.type('0900-123 456');
    expect(r.question.channelData!.step).toBe('callback_number_entry');
    expect(r.transcript).toMatch(/betalnummer/);
    await r.type('070-123 45 67');
    const readBack = r.seen.slice(-2).map((a) => a.text).join(' ');
    expect(readBack).toMatch(/Vi ringer dig på 070-123 45 67\. Stämmer det\?/);
    await r.press('Ja, det stämmer');
    expect(r.question.channelData!.step).toBe('callback_day');
    expect(r.question.suggestedActions!.actions.map((a) => a.title)).toEqual(['torsdag 26 november', 'fredag 27 november', 'måndag 30 november']);
    await r.press('torsdag 26 november');
    expect(r.question.channelData!.step).toBe('callback_window');
    await r.press('Förmiddag, 8 till 12');
    await r.press('Skicka');

    const reference = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(r.transcript)![1]!;
    const { case: c, callbacks } = await findCaseWithCallbacks(t.db, reference);
    expect(c).toMatchObject({ kind: 'synpunkt', channel: 'chat', replyMethod: 'phone', contact: { name: 'Karin Andersson', phone: '+46701234567', email: null } });
    expect(callbacks).toEqual([expect.objectContaining({ phone: '+46701234567', window: 'morning', status: 'pending' })]);
    expect(r.transcript).toMatch(/Vi ringer dig torsdag 26 november, på förmiddagen/);
  });

  it('in English when the page asks for it, with the answer by e-mail after a mistyped address', async () => {
    const r = await open('en-GB');
    expect(r.transcript).toMatch(/^Welcome to the municipality's customer service/);
    await r.press('Feedback, complaints or praise about care, social services and support');
    await r.press('Praise');
    await r.type('3');
    await r.type('The staff at the group home are wonderful with my brother.');
    expect(r.question).toMatchObject({ text: 'What was it that was good?' });
    await r.type('skip');
    // "my brother" already said on whose behalf.
    expect(r.question.channelData!.step).toBe('anonymous');
    await r.press('No');
    await r.type('yes');
    await r.press('Skip');
    expect(r.question).toMatchObject({ locale: 'en-GB', channelData: { step: 'reply_method' } });
    await r.type('e-mail');
    expect(r.question.channelData).toEqual({ step: 'email', input: 'email' });
    await r.type('anna.example.se');
    expect(r.question.channelData!.step).toBe('email');
    expect(r.transcript).toMatch(/That e-mail address doesn't look right/);
    await r.type('anna@example.se');
    await r.press('Send');

    const reference = /Your case number is (\d{4}\u2011\d{5})\./.exec(r.transcript)![1]!;
    const { case: c, callbacks } = await findCaseWithCallbacks(t.db, reference);
    expect(c).toMatchObject({ kind: 'berom', area: 'individ_och_familjeomsorg', language: 'en', replyMethod: 'email', contact: { name: null, phone: null, email: 'anna@example.se' } });
    expect(callbacks).toEqual([]);
  });

  it('switches to English when the resident chooses it in the menu', async () => {
    const r = await open();
    await r.press('English');
    expect(r.question).toMatchObject({ text: 'How can we help you?', locale: 'en-GB', channelData: { step: 'menu' } });
    expect(r.question.suggestedActions!.actions.map((a) => a.title)).toEqual(['Feedback, complaints or praise about care, social services and support', 'How is my case going?', 'Customer service calls you', 'Svenska']);
  });
});

describe('asking for a person, in a chat where nobody can take over', () => {
  const texts = (activities: { text?: string }[]) => activities.map((a) => a.text ?? '').join('\n');

  /** The callback as the register's queue holds it, read straight from callback_requests. */
  async function queuedCallbacks(caseId: number) {
    const result = await t.db.query<{ phone: string; time_window: string; status: string }>(
      'SELECT phone, time_window, status FROM callback_requests WHERE case_id = $1 ORDER BY id',
      [caseId],
    );
    return result.rows;
  }

  it('mid-flow offers a callback instead of a dead end, and registers the case with the callback queued', async () => {
    const r = await open();
    // "klagomål" typed at the menu is a complaint: the kind is not asked again.
    await r.type('klagomål');
    expect(r.question.channelData!.step).toBe('area');
    await r.press('Äldreomsorg');
    await r.type('Min pappa har inte fått sin dusch på två veckor.');
    const offer = await r.type('agent');

    expect(offer.map((a) => a.type)).not.toContain('endOfConversation');
    expect(texts(offer)).toMatch(/Här i chatten kan ingen från kundtjänst svara direkt, men kundtjänst kan ringa dig torsdag 26 november/);
    expect(texts(offer)).not.toMatch(/Vänta kvar|Starta en ny konversation/);
    expect(r.question).toMatchObject({ text: 'Vill du att kundtjänst ringer dig?', channelData: { step: 'callback_offer', input: 'choice' } });
    expect(r.question.suggestedActions!.actions.map((a) => [a.value, a.title])).toEqual([['1', 'Ja, ring mig'], ['2', 'Nej, fortsätt här']]);

    await r.press('Ja, ring mig');
    expect(r.question.channelData).toEqual({ step: 'callback_number_entry', input: 'phone' });
    await r.type('073-987 65 43');
    expect(r.seen.slice(-2).map((a) => a.text).join(' ')).toMatch(/Vi ringer dig på 073-987 65 43\. Stämmer det\?/);
    await r.press('Ja, det stämmer');
    expect(r.question.channelData!.step).toBe('name');
    await r.type('Lars Pettersson');
    expect(r.question.channelData!.step).toBe('callback_day');
    await r.press('torsdag 26 november');
    const goodbye = await r.press('Eftermiddag, 13 till 16.30');

    expect(goodbye.at(-1)).toMatchObject({ type: 'endOfConversation', channelData: { ending: 'end' } });
    expect(texts(goodbye)).toMatch(/Kundtjänst ringer dig torsdag 26 november, på eftermiddagen/);
    const reference = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(texts(goodbye))![1]!;
    const { case: c, callbacks } = await findCaseWithCallbacks(t.db, reference);
    expect(c).toMatchObject({
      status: 'registered',
      kind: 'klagomal',
      area: 'aldreomsorg',
      channel: 'chat',
      what: 'Min pappa har inte fått sin dusch på två veckor.',
      anonymous: false,
      replyMethod: 'phone',
      contact: { name: 'Lars Pettersson', phone: '+46739876543', email: null },
    });
    expect(c.source.conversationId).toBe(r.conversationId);
    expect(callbacks).toEqual([expect.objectContaining({ caseId: c.id, phone: '+46739876543', window: 'afternoon', status: 'pending' })]);
    expect(await queuedCallbacks(c.id)).toEqual([{ phone: '+46739876543', time_window: 'afternoon', status: 'pending' }]);

    const after = await r.type('hallå?');
    expect(texts(after)).toMatch(/samtalet är avslutat/);
  });

  it('from the menu, before anything is described: an incomplete case that still gets its callback', async () => {
    const r = await open();
    await r.press('Kundtjänst ringer dig');
    await r.press('Ja, ring mig');
    await r.type('076-555 12 34');
    await r.press('Ja, det stämmer');
    await r.press('Hoppa över');
    await r.type('torsdag');
    const goodbye = await r.press('Förmiddag, 8 till 12');

    expect(goodbye.at(-1)).toMatchObject({ type: 'endOfConversation', channelData: { ending: 'end' } });
    expect(texts(goodbye)).toMatch(/Kundtjänst ringer dig torsdag 26 november, på förmiddagen/);
    const reference = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(texts(goodbye))![1]!;
    const { case: c } = await findCaseWithCallbacks(t.db, reference);
    expect(c).toMatchObject({
      status: 'incomplete',
      kind: null,
      channel: 'chat',
      what: 'Invånaren bad via chatten att bli uppringd av kundtjänst.',
      replyMethod: 'phone',
      contact: { name: null, phone: '+46765551234', email: null },
    });
    expect(await queuedCallbacks(c.id)).toEqual([{ phone: '+46765551234', time_window: 'morning', status: 'pending' }]);
  });

  it('refuses a start that asks for a call in a language it does not know, with a clear 400', async () => {
    const { token } = await generateToken(service.url);
    const start = await directLineRequest(service.url, '/conversations', { token, body: { callbackLanguage: 'klingon' } });
    expect(start.status).toBe(400);
    expect(JSON.stringify(start.body)).toMatch(/callbackLanguage only as meankieli or sami/);
  });

  it('from the chat page\'s link for a call in Meänkieli: greeted, offered the call at once, the language noted in the case', async () => {
    // The chat page starts the conversation itself, with the link's language (Microsoft's client sends only a locale),
    // and reads on with the client from the stream the start returns.
    const { token, conversationId } = await generateToken(service.url);
    const start = await directLineRequest(service.url, '/conversations', { token, body: { locale: 'sv-SE', callbackLanguage: 'meankieli' } });
    expect(start.status).toBe(201);
    const directLine = new DirectLine({ domain: `${service.url}${DIRECT_LINE}`, token: start.body.token, conversationId, streamUrl: start.body.streamUrl, webSocket: true });
    const r = await ChatResident.greeted(directLine, conversationId, token);
    residents.push(r);
    expect(r.transcript).toMatch(/^Välkommen till kommunens kundtjänst/);
    expect(r.transcript).toMatch(/Vi skriver upp att du vill prata meänkieli/);
    expect(r.question.channelData!.step).toBe('callback_offer');
    await r.press('Ja, ring mig');
    await r.type('076-555 98 76');
    await r.press('Ja, det stämmer');
    await r.type('Aili Keinänen');
    await r.press('torsdag 26 november');
    const goodbye = await r.press('Förmiddag, 8 till 12');
    const reference = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(texts(goodbye))![1]!;
    const { case: c } = await findCaseWithCallbacks(t.db, reference);
    expect(c).toMatchObject({ status: 'incomplete', language: 'sv', contact: { name: 'Aili Keinänen', phone: '+46765559876', email: null } });
    expect(c.what).toMatch(/Invånaren vill bli uppringd av kundtjänst och prata meänkieli\.$/);
    expect(await queuedCallbacks(c.id)).toEqual([{ phone: '+46765559876', time_window: 'morning', status: 'pending' }]);
  });

  it('"Nej, fortsätt här" goes back to the same question, with what was answered kept', async () => {
    const r = await open();
    await r.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
    await r.press('Beröm');
    await r.type('prata med någon');
    expect(r.question.channelData!.step).toBe('callback_offer');
    const back = await r.press('Nej, fortsätt här');
    expect(texts(back)).toMatch(/Då fortsätter vi här/);
    expect(r.question).toMatchObject({ text: 'Vilken verksamhet gäller det?', channelData: { step: 'area' } });
    await r.press('Äldreomsorg');
    expect(r.question.channelData!.step).toBe('what');
  });
});
