import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { PassThrough } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../src/db/database';
import { createLogging } from '../../src/logging/logger';
import { startOutboxWorker } from '../../src/outbox/outboxWorker';
import { smtpDelivery } from '../../src/outbox/smtpDelivery';
import { residentMessageSettled } from '../../src/residentMessages/deliveries';

export interface ReceivedMail {
  /** The envelope's recipients, as the server was told them (RCPT TO). */
  envelopeTo: string[];
  from: string;
  mail: ParsedMail;
}

export interface TestSmtpServer {
  /** smtp://user:password@127.0.0.1:port, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Addresses the server refuses with 550, as a real server refuses an unknown mailbox. */
  refuse: Set<string>;
  /** Resolves once `count` mails have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const USER = 'synpunkt';
const PASSWORD = 'smtp-test-password';

/**
 * A real SMTP server (the smtp-server package) in the test's own process, on loopback and a random port: it asks
 * for the login the URL carries, refuses what `refuse` names, and keeps every mail it accepted, parsed.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    // No TLS on loopback in a test: STARTTLS is not offered, so plain AUTH must be allowed.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) return callback(null, { user: USER });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      // Quoting the address, as Postfix does: the service must not log or show it.
      if (refuse.has(address.address)) return callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected: No such mailbox`), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            mail,
          });
          for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    received,
    refuse,
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} mails, got ${received.length}`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One round of the outbox worker, delivering the e-mails it holds to this server (SMS and calls are not sent). */
export async function deliverOutboxMail(db: Database, smtp: TestSmtpServer): Promise<void> {
  const worker = startOutboxWorker({
    db,
    deliver: null,
    deliverEmail: smtpDelivery({ url: smtp.url, from: 'synpunkt@kommun.example' }),
    policy: { maxAttempts: 3, retryBaseSeconds: 30 },
    intervalMs: 3_600_000,
    logger: createLogging({ level: 'error', json: true, stream: new PassThrough() }).logger,
    // As the service wires it: a message to a resident, once sent, keeps its promise and shows in the history.
    onSettled: residentMessageSettled(() => new Date()),
  });
  try {
    await worker.runOnce();
  } finally {
    await worker.stop();
  }
}
