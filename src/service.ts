import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { intakeFlow } from '../flows/intake';
import { DEFAULT_SERIOUS_WORDS } from '../flows/seriousWords';
import { chatChannel } from './channels/chat/chatChannel';
import { webchatRouter } from './webchat/webchatRouter';
import { homeRouter } from './home/homeRouter';
import { voiceRouter } from './channels/voice/voiceRouter';
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
import { twilioDeliveryFromConfig } from './outbox/twilioDelivery';

export interface RunningService {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** The composition root: everything the service is made of is wired here, by hand. */
export async function startService(config: Config, logging: Logging, options: { db?: Database; clock?: () => Date; passwordCost?: ScryptCost } = {}): Promise<RunningService> {
  const { logger } = logging;
  const clock = options.clock ?? (() => new Date());
  const db = options.db ?? (await openDatabase(config));
  try {
    const applied = await migrate(db);
    if (applied.length) logger.info(`applied migrations: ${applied.join(', ')}`);
    const conversation = createConversation({
      db,
      flow: intakeFlow({ areas: config.serviceAreas, seriousWords: seriousWordsOf(config), calendar: config.calendar }),
      calendar: config.calendar,
      clock,
    });
    const voice = voiceRouter({
      conversation,
      authToken: voiceAuthToken(config),
      publicBaseUrl: config.publicBaseUrl,
      logger,
      customerServiceIsOpen: () => config.calendar.isOpen(clock()),
    });
    const chat = chatChannel({ config, db, conversation, logger });
    const passwords = createPasswordHasher({ cost: options.passwordCost });
    const work = workNotices(db, (err) => logger.warn(`cannot listen for new work, open lists will not update by themselves: ${err.message}`));
    const agent = agentRouter({
      db, secureCookies: config.isProduction, callbackPolicy: config.callbacks, clock, calendar: config.calendar, passwords,
      workNotices: work, caseCategories: config.caseCategories,
    });
    const app = createApp({ db, logging, routers: [homeRouter(), voice, webchatRouter({ uploadMaxMb: config.chat.uploadMaxMb }), ...chat.routers, agent], trustProxy: config.trustProxy, hsts: config.isProduction });
    const server = await listen(app, config.port);
    await chat.attach(server);
    const port = (server.address() as AddressInfo).port;
    const deliver = twilioDeliveryFromConfig(config.twilio);
    if (!deliver) logger.warn('no Twilio credentials: SMS receipts and click-to-call wait in the outbox, marked as not sent');
    const outbox = startOutboxWorker({ db, deliver, policy: config.outbox, intervalMs: config.outbox.intervalMs, logger });
    const claims = startClaimExpiryLoop({ db, policy: config.callbacks, intervalMs: 60_000, logger });
    const abandoned = startAbandonedConversationSweep({
      db,
      conversation,
      idleMinutes: config.abandonedAfterMinutes,
      intervalMs: 60_000,
      logger,
    });
    const loginCounts = startLoginThrottlePrune({ db, intervalMs: 60_000, logger });
    logger.info(`Synpunkt listens on http://localhost:${port} (database: ${db.kind === 'pglite' ? `embedded in ${config.dataDir}` : 'PostgreSQL'})`);
    return {
      url: `http://127.0.0.1:${port}`,
      db,
      async close() {
        await chat.close();
        await work.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([outbox.stop(), claims.stop(), abandoned.stop(), loginCounts.stop()]);
        if (!options.db) await db.close();
      },
    };
  } catch (err) {
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

/** The built-in words that flag a possible missförhållande, and the municipality's own (SERIOUS_WORDS_SV/EN). */
function seriousWordsOf(config: Config) {
  return {
    sv: [...DEFAULT_SERIOUS_WORDS.sv, ...config.extraSeriousWords.sv],
    en: [...DEFAULT_SERIOUS_WORDS.en, ...config.extraSeriousWords.en],
  };
}
