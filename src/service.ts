import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { intakeFlow } from '../flows/intake';
import { seriousWordsWith } from '../flows/seriousWords';
import { chatChannel } from './channels/chat/chatChannel';
import { webchatRouter } from './webchat/webchatRouter';
import { homeRouter } from './home/homeRouter';
import { statisticsRouter } from './home/statisticsRouter';
import { createServiceMetrics } from './metrics/serviceMetrics';
import { metricsRouter } from './metrics/metricsRouter';
import { requestTiming } from './metrics/requestTiming';
import { callbackBacklog } from './callbacks/callbackBacklog';
import { outboxBacklog } from './outbox/outboxBacklog';
import { statementRouter } from './accessibility/statementRouter';
import { voiceRouter } from './channels/voice/voiceRouter';
import { personRouter } from './channels/voice/personRouter';
import { ringAgentThroughTwilio } from './customerService/agentLeg';
import { createPersonLine } from './customerService/personLine';
import type twilio from 'twilio';
import { voiceAuthToken } from './channels/voice/voiceToken';
import { agentRouter } from './agent/agentRouter';
import { startLoginThrottlePrune } from './agent/loginThrottleLoop';
import { createPasswordHasher } from './agent/passwordHasher';
import { workNotices } from './agent/workNotices';
import type { ScryptCost } from './agent/passwords';
import { startClaimExpiryLoop } from './callbacks/claimExpiryLoop';
import type { Config } from './config/config';
import { startAbandonedConversationSweep } from './conversation/abandonedConversations';
import { createConversation } from './conversation/conversation';
import type { Database } from './db/database';
import { migrate } from './db/migrations';
import { openDatabase } from './db/openDatabase';
import { createApp } from './http/app';
import type { Logging } from './logging/logger';
import { startOutboxWorker } from './outbox/outboxWorker';
import { residentMessageSettled } from './residentMessages/deliveries';
import { logCaseAccess } from './accessLog/caseAccessLog';
import { twilioDeliveryFromConfig } from './outbox/twilioDelivery';
import { smtpDeliveryFromConfig } from './outbox/smtpDelivery';
import type { FollowUpSettings } from './followUp/followUpSettings';
import { startDeadlineLoop } from './followUp/deadlineLoop';
import { startRecordingCopier, type RecordingCopier } from './recordings/recordingCopier';
import { noteCompletedRecording } from './recordings/recordingStore';
import type { ListenRecorder } from './recordings/recordingTypes';
import { twilioRecordingsApi } from './recordings/twilioRecordingsApi';
import { caseStatusRouter } from './channels/voice/caseStatusRouter';
import { chatStatus } from './residentStatus/chatStatus';
import { GUESS_POLICY } from './residentStatus/guessThrottle';
import { notSatisfiedRouter } from './residentPages/notSatisfiedRouter';
import { startStatusPrune } from './residentStatus/pruneLoop';
import { residentLinkSecret } from './residentStatus/residentLinkSecret';
import { notSatisfiedLinks } from './residentStatus/linkSigning';
import { createStatusDesk } from './residentStatus/statusDesk';
import { listDisposalLog } from './retention/disposalLog';
import { startPurgeLoop } from './retention/purgeLoop';

/** The disposal log's page shows this many lines at a time. */
const DISPOSAL_LOG_PAGE = 100;
/** How often each instance looks whether the daily purge is due. */
const PURGE_CHECK_MS = 60 * 60_000;

export interface RunningService {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** The composition root: everything the service is made of is wired here, by hand. */
export async function startService(
  config: Config,
  logging: Logging,
  options: { db?: Database; clock?: () => Date; passwordCost?: ScryptCost; recordListen?: ListenRecorder; twilioHttpClient?: twilio.RequestClient } = {},
): Promise<RunningService> {
  const { logger } = logging;
  const clock = options.clock ?? (() => new Date());
  const db = options.db ?? (await openDatabase(config));
  let copier: RecordingCopier | null = null;
  try {
    const applied = await migrate(db);
    if (applied.length) logger.info(`applied migrations: ${applied.join(', ')}`);
    const followUp: FollowUpSettings = { workspaceUrl: config.publicBaseUrl, seriousCasesEmail: config.followUp.seriousCasesEmail };
    const metrics = createServiceMetrics({
      poolUse: () => db.poolUse(),
      callbackBacklog: () => callbackBacklog(db, clock()),
      outboxBacklog: () => outboxBacklog(db),
    });
    const conversation = createConversation({
      observer: metrics.observer,
      db,
      flow: intakeFlow({ areas: config.serviceAreas, seriousWords: seriousWordsWith(config.extraSeriousWords), calendar: config.calendar, languages: config.languages }),
      calendar: config.calendar,
      clock,
      followUp,
    });
    // The auth token signs the webhooks and opens the REST API (in development, the one kept in the data folder).
    const authToken = voiceAuthToken(config);
    const { accountSid } = config.twilio;
    const recordingsApi = accountSid ? twilioRecordingsApi({ accountSid, authToken, apiBaseUrl: config.twilio.apiBaseUrl }) : null;
    if (!recordingsApi) logger.warn('no TWILIO_ACCOUNT_SID: voice messages stay at Twilio, marked as not copied, until it is set');
    copier = startRecordingCopier({
      db,
      api: recordingsApi,
      policy: config.outbox,
      intervalMs: config.outbox.intervalMs,
      logger,
    });
    const setup = config.customerService;
    const personLine = createPersonLine({ db, calendar: config.calendar, clock, longestWaitMinutes: setup.kind === 'queue' ? setup.longestWaitMinutes : null });
    const voice = voiceRouter({
      conversation,
      authToken,
      publicBaseUrl: config.publicBaseUrl,
      logger,
      customerServiceIsOpen: () => config.calendar.isOpen(clock()),
      recordingCompleted: async (recording) => {
        await noteCompletedRecording(db, recording);
        // Copied now rather than at the next round; a failure is logged by the loop and retried there.
        if (recordingsApi) copier?.runOnce().catch((err: unknown) => logger.error('copying a voice recording failed; the next round tries again', { error: err }));
      },
      customerService: setup,
      personLine,
    });
    const person = personRouter({
      personLine,
      authToken,
      publicBaseUrl: config.publicBaseUrl,
      musicUrl: setup.kind === 'queue' ? setup.musicUrl : '',
      logger,
    });
    // Status on request and "not satisfied": one secret signs the links and keys the stored code hashes; every
    // answer to a resident carries such a link.
    const linkSecret = residentLinkSecret(config);
    const notSatisfiedUrl = notSatisfiedLinks({ secret: linkSecret, publicBaseUrl: config.publicBaseUrl, days: config.residentLinks.days, clock });
    const desk = createStatusDesk({ db, clock, secret: linkSecret, guessPolicy: GUESS_POLICY, followUp, calendar: config.calendar });
    const caseStatus = caseStatusRouter({ desk, authToken, publicBaseUrl: config.publicBaseUrl, logger });
    const notSatisfied = notSatisfiedRouter({ db, secret: linkSecret, clock, followUp, calendar: config.calendar });
    const ringAgent = ringAgentThroughTwilio({ twilio: config.twilio, publicBaseUrl: config.publicBaseUrl, httpClient: options.twilioHttpClient });
    const chat = chatChannel({ config, db, conversation, status: chatStatus(db, desk, clock), logger });
    const passwords = createPasswordHasher({ cost: options.passwordCost });
    // Each listen to a voice message is in the access log, like each reading of the case.
    const recordListen: ListenRecorder = options.recordListen ?? (({ agentId, caseId }) => logCaseAccess(db, { agentId, caseId, action: 'listen' }));
    const work = workNotices(db, (err) => logger.warn(`cannot listen for new work, open lists will not update by themselves: ${err.message}`));
    const agent = agentRouter({
      db, secureCookies: config.isProduction, callbackPolicy: config.callbacks, clock, calendar: config.calendar, passwords,
      recordListen, ringAgent, followUp, logger, workNotices: work, caseCategories: config.caseCategories,
      residentMessages: { ...config.residentMessages, notSatisfiedUrl },
      disposalLog: (before) => listDisposalLog(db, before, DISPOSAL_LOG_PAGE),
    });
    const statistics = statisticsRouter({ db, clock, languages: config.languages, serviceAreas: config.serviceAreas });
    // The webhooks and chat turns first: they are most of the traffic, and each router passed costs every request.
    const app = createApp({ db, logging, requestTiming: requestTiming(metrics.requestSeconds), routers: [voice, person, caseStatus, ...chat.routers, metricsRouter(metrics.registry, config.metricsToken), homeRouter(config.languages), statistics, statementRouter(config.accessibilityStatement), notSatisfied, webchatRouter({ uploadMaxMb: config.chat.uploadMaxMb, languages: config.languages, minorityLanguageInfo: config.minorityLanguageInfo }), agent], trustProxy: config.trustProxy, hsts: config.isProduction });
    const server = await listen(app, config.port);
    await chat.attach(server);
    const port = (server.address() as AddressInfo).port;
    const deliver = twilioDeliveryFromConfig(config.twilio);
    if (!deliver) logger.warn('no Twilio credentials: SMS receipts and click-to-call wait in the outbox, marked as not sent');
    const deliverEmail = smtpDeliveryFromConfig(config.mail);
    if (!deliverEmail) logger.warn('no SMTP server (SMTP_URL, MAIL_FROM): e-mails wait in the outbox, marked as not sent');
    const outbox = startOutboxWorker({
      db, deliver, deliverEmail, policy: config.outbox, intervalMs: config.outbox.intervalMs, logger, onSettled: residentMessageSettled(clock),
    });
    const claims = startClaimExpiryLoop({ db, policy: config.callbacks, intervalMs: 60_000, logger });
    const abandoned = startAbandonedConversationSweep({
      db,
      conversation,
      idleMinutes: config.abandonedAfterMinutes,
      intervalMs: 60_000,
      logger,
    });
    const loginCounts = startLoginThrottlePrune({ db, intervalMs: 60_000, logger });
    const statusCounts = startStatusPrune({ db, clock, policy: GUESS_POLICY, intervalMs: 10 * 60_000, logger });
    const deadlines = startDeadlineLoop({
      db,
      clock,
      policy: { reminderDays: config.followUp.reminderDays },
      settings: followUp,
      intervalMs: config.followUp.checkIntervalMs,
      logger,
    });
    const purge = startPurgeLoop({ db, plan: config.recordsPlan, clock, recordingsApi, intervalMs: PURGE_CHECK_MS, logger });
    logger.info(`Synpunkt listens on http://localhost:${port} (database: ${db.kind === 'pglite' ? `embedded in ${config.dataDir}` : 'PostgreSQL'})`);
    return {
      url: `http://127.0.0.1:${port}`,
      db,
      async close() {
        await chat.close();
        await work.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([outbox.stop(), claims.stop(), abandoned.stop(), loginCounts.stop(), statusCounts.stop(), deadlines.stop(), purge.stop(), copier?.stop()]);
        if (!options.db) await db.close();
      },
    };
  } catch (err) {
    await copier?.stop();
    if (!options.db) await db.close().catch(() => undefined);
    throw err;
  }
}

function listen(app: ReturnType<typeof createApp>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (err?: Error) => (err ? reject(err) : resolve(server)));
    server.once('error', reject);
  });
}
