import nodemailer from 'nodemailer';
import { OUTBOX_KIND } from './outboxTypes';
import { DeliveryError, type Deliver } from './twilioDelivery';

export interface SmtpSettings {
  /** smtp://user:password@host:587 or smtps://…:465, as nodemailer reads it. */
  url: string;
  /** The sender, like "Synpunkt <synpunkt@kommun.se>". */
  from: string;
}

// A 5xx reply to the message itself (no such mailbox, refused content) is final: a retry cannot help. A refused
// login (EAUTH), 4xx replies and connection failures may pass once the settings or the server are fixed.
const PERMANENT_REPLY = /^5\d\d$/;

/**
 * Delivery of the outbox's e-mails through an SMTP server with nodemailer: one message per recipient, plain text,
 * the language in Content-Language. Resolves with the server's message id.
 */
export function smtpDelivery(settings: SmtpSettings): Deliver {
  const transport = nodemailer.createTransport(settings.url, { from: settings.from });
  return async (message) => {
    if (message.kind !== OUTBOX_KIND.email) throw new DeliveryError(`outbox message ${message.id} is not an e-mail`, true);
    if (!message.subject || !message.body) throw new DeliveryError(`outbox message ${message.id} has no subject or text`, true);
    try {
      const info = await transport.sendMail({
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        headers: message.language ? { 'Content-Language': message.language } : {},
      });
      return { providerId: String(info.messageId) };
    } catch (err) {
      const code = (err as { responseCode?: unknown }).responseCode;
      // A server's reply may quote the address; the error is logged and shown, an address never is.
      const text = (err instanceof Error ? err.message : String(err)).replace(/[^\s<>@"']+@[^\s<>@"']+/g, '[adress]');
      const permanent = typeof code === 'number' && PERMANENT_REPLY.test(String(code)) && (err as { code?: unknown }).code !== 'EAUTH';
      throw new DeliveryError(typeof code === 'number' ? `the mail server answered ${code}: ${text}` : `the mail server could not be reached: ${text}`, permanent);
    }
  };
}

/** Delivery when SMTP_URL and MAIL_FROM are set; null otherwise (e-mails then wait, marked as not sent). */
export function smtpDeliveryFromConfig(mail: { smtpUrl: string | null; from: string | null }): Deliver | null {
  return mail.smtpUrl && mail.from ? smtpDelivery({ url: mail.smtpUrl, from: mail.from }) : null;
}
