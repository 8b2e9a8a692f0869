/**
 * `npm run mailbox`: a mailbox on this machine for trying the service without a mail server. It listens for SMTP on
 * 127.0.0.1 (port 2525, or the first argument), accepts every mail, prints who it is to, its subject and its text,
 * and keeps it as a .eml file in `mailbox/` (or MAILBOX_DIR). Point the service at it with
 * `SMTP_URL=smtp://127.0.0.1:2525 MAIL_FROM=synpunkt@kommun.example npm start`.
 * A development tool: it uses the test dependencies, and is never part of the service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2] ?? 2525);
const folder = path.resolve(process.env.MAILBOX_DIR ?? 'mailbox');
fs.mkdirSync(folder, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      count += 1;
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`);
      fs.writeFileSync(file, raw);
      simpleParser(raw)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
          process.stdout.write(`\n=== Mail ${count} to ${to}\nSubject: ${mail.subject ?? ''}\n\n${(mail.text ?? '').trim()}\n(${file})\n`);
        })
        .catch((err: Error) => process.stdout.write(`\n=== Mail ${count} kept in ${file}, but it could not be read: ${err.message}\n`))
        .finally(() => callback());
    });
  },
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`Mailbox listening on smtp://127.0.0.1:${port}; mails are kept in ${folder}. Stop it with Ctrl+C.\n`);
});
process.on('SIGINT', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
