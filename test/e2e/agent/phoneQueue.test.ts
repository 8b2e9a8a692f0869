/**
 * The phone queue in the browser: the live view (axe-checked), "Ta nästa samtal" ringing the agent through a local
 * stand-in for Twilio's REST API, and the finish-call form opening by itself once Twilio bridges the caller.
 */
import type { Browser, Page } from 'playwright-core';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { startTwilioStub, type TwilioStub } from '../../support/agentTwilioStub';
import { axeViolations, launchBrowser } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { children, newCallSid, pathOf, startVoiceService, twilioPost, twimlOf, type VoiceService } from '../../support/voice';

// A browser on two cores is slow; each step is given a minute.
jest.setTimeout(60_000);

let t: TestDatabase;
let service: VoiceService;
let stub: TwilioStub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  stub = await startTwilioStub();
  service = await startVoiceService(
    t.url,
    undefined,
    { TWILIO_ACCOUNT_SID: `AC${'2'.repeat(32)}`, TWILIO_PHONE_NUMBER: '+46107350000' },
    { twilioHttpClient: stub.httpClient() },
  );
  await createAccount(t.db, 'nora', 'agent', { phone: '+46705550001' });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await stub?.close();
  await t?.drop();
});

/** A complaint about LSS, described, then 0: the caller waits in the own queue (the waitUrl asked once). */
async function callerInQueue(): Promise<string> {
  const callSid = newCallSid();
  const from = '+46709870001';
  let reply = await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: from, CallStatus: 'ringing' });
  const answers: Record<string, string>[] = [{ Digits: '1' }, { Digits: '1' }, { Digits: '2' }, { SpeechResult: 'Ledsagaren kom aldrig.' }, { Digits: '0' }];
  for (const answer of answers) {
    const gather = children(twimlOf(reply.body), 'Gather')[0]!;
    reply = await twilioPost(service, pathOf(gather.getAttribute('action')!), { CallSid: callSid, From: from, ...answer });
  }
  const enqueue = children(twimlOf(reply.body), 'Enqueue')[0]!;
  await twilioPost(service, pathOf(enqueue.getAttribute('waitUrl')!), { CallSid: callSid, From: from, QueuePosition: '1', QueueTime: '0', AvgQueueTime: '0' });
  return callSid;
}

it('shows the queue live and takes the next caller into a prefilled finish-call form', async () => {
  const callSid = await callerInQueue();
  await page.goto(`${service.url}/agent/login`);
  await page.getByLabel('Användarnamn').fill('nora');
  await page.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL('**/agent/calls');

  await page.getByRole('link', { name: 'Kön i telefon' }).click();
  await page.getByText('1 väntar i telefon, 0 vill bli uppringda när det är deras tur.').waitFor();
  await page.getByRole('cell', { name: 'Stöd och service (LSS)' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Ta nästa samtal' }).click();
  await page.getByRole('heading', { name: 'Din telefon ringer' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(stub.requests.map((r) => r.form.To)).toEqual(['+46705550001']);
  const bridgeUrl = children(children(twimlOf(stub.requests[0]!.form.Twiml!), 'Dial')[0]!, 'Queue')[0]!.getAttribute('url')!;

  // Twilio bridges the front of the queue to Nora; the waiting page reloads itself into that call's form.
  await twilioPost(service, pathOf(bridgeUrl), { CallSid: callSid, QueueTime: '30', DequeingCallSid: newCallSid() });
  await page.waitForURL(`**/agent/calls/${callSid}`, { timeout: 20_000 });
  await page.getByRole('heading', { name: 'Avsluta samtal' }).waitFor();
  expect(await page.getByLabel('Vad hände?').inputValue()).toBe('Ledsagaren kom aldrig.');
});
