import { pipeline, Readable, Transform } from 'node:stream';
import type { Request, RequestHandler } from 'express';
import { fill } from '../../flow/speaking';
import type { FlowInput } from '../../flow/types';
import type { Database } from '../../db/database';
import { incomingActivitySchema, type IncomingActivity } from './chatActivity';
import { languageOf } from './chatInput';
import { message } from './chatRendering';
import { CHAT_ERROR, CHAT_STATUS } from './chatRoutes';
import type { ChatTokenClaims } from './chatTokens';
import { CHAT_WORDS } from './chatWords';
import type { RateLimit } from './chatRateLimits';
import { saveAttachments, type NewAttachment } from './attachmentStore';
import { cleanFileName, sniffAttachmentType } from './attachmentTypes';
import type { DirectLineConversations } from './directLineConversations';
import { CHAT_ERRORS, sendChatError, sendKnownError } from './directLineErrors';
import { openConversation } from './transcriptStore';
import { createWorkLimit, TooBusyError } from '../../tasks/workLimit';

export interface UploadDeps {
  db: Database;
  conversations: DirectLineConversations;
  messagesPerConversation: RateLimit;
  /** CHAT_UPLOAD_MAX_MB, in bytes: the most one file may be. */
  maxFileBytes: number;
}

/** Files in one upload: Web Chat sends what the resident picked at once; a letter rarely needs more pages. */
const MAX_FILES = 5;
const KEY_REPEAT = '*';
/**
 * Uploads read and stored at once in this process, and how many may wait for their turn (their bodies wait unread
 * in the socket meanwhile). An upload is held in memory several times over while it is parsed (the body, the
 * parsed parts, the bytes for PostgreSQL): ten residents sending 10 MB at once took the process from 180 to over
 * 400 MB. One at a time keeps it near the size of one upload; others wait their turn of about a second.
 */
const UPLOADS_AT_ONCE = 1;
const UPLOADS_WAITING = 20;
const BUSY_RETRY_SECONDS = 5;

/**
 * POST /v3/directline/conversations/{id}/upload, as the Direct Line reference and Web Chat's attach button use
 * it: multipart/form-data with an optional "activity" part (the message, as JSON) and one or more files. Images
 * and PDF only, by their first bytes; each at most CHAT_UPLOAD_MAX_MB. The files are kept with the conversation,
 * the echo lists them, and the conversation goes on: with the message's text as the answer, or else the
 * question is asked again after a receipt. Returns the id of the echoed activity, as a post does.
 */
export function uploadHandlers({ db, conversations, messagesPerConversation, maxFileBytes }: UploadDeps): RequestHandler[] {
  const maxMb = Math.round(maxFileBytes / (1024 * 1024));
  const limit = maxFileBytes * MAX_FILES + 256 * 1024;
  const uploads = createWorkLimit(UPLOADS_AT_ONCE, UPLOADS_WAITING);
  /** Holds a turn from before the body is read until the answer is sent (or the client gives up). */
  const oneAtATime: RequestHandler = (_req, res, next) => {
    uploads
      .run(
        () =>
          new Promise<void>((resolve) => {
            res.once('close', resolve);
            next();
          }),
      )
      .catch((err: unknown) => {
        if (!(err instanceof TooBusyError)) return next(err);
        res.setHeader('Retry-After', String(BUSY_RETRY_SECONDS));
        sendChatError(res, CHAT_STATUS.serviceUnavailable, CHAT_ERROR.unavailable, `Too many files are being sent just now. Nothing was taken: send the file again after ${BUSY_RETRY_SECONDS} seconds.`);
      });
  };
  const upload: RequestHandler = async (req, res) => {
    if (!req.is('multipart/form-data')) {
      return sendChatError(res, CHAT_STATUS.unsupportedType, CHAT_ERROR.badRequest, 'Send the files as multipart/form-data, with "file" parts and an optional "activity" part.');
    }
    const form = await formOf(req, limit);
    if (form === 'tooLarge') return sendKnownError(res, CHAT_ERRORS.tooLarge);
    if (form === 'unreadable') return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The upload could not be read as multipart/form-data.');
    const activity = await activityOf(form.get('activity') as File | string | null);
    if (!activity) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The "activity" part must be a message activity as JSON.');
    const blobs = [...form.entries()].filter(([name, value]) => name !== 'activity' && typeof value !== 'string').map(([, value]) => value as File);
    if (blobs.length === 0) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The upload has no file in it.');
    if (blobs.length > MAX_FILES) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, `At most ${MAX_FILES} files at a time.`);
    const files: NewAttachment[] = [];
    for (const blob of blobs) {
      if (blob.size > maxFileBytes) {
        return sendChatError(res, CHAT_STATUS.tooLarge, CHAT_ERROR.attachmentTooLarge, `The file "${clip(blob.name)}" is too large: at most ${maxMb} MB.`);
      }
      const content = Buffer.from(await blob.arrayBuffer());
      const contentType = sniffAttachmentType(content);
      if (!contentType) {
        return sendChatError(res, CHAT_STATUS.unsupportedType, CHAT_ERROR.attachmentType, `The file "${clip(blob.name)}" is not an image (JPEG, PNG, GIF, WebP) or a PDF.`);
      }
      files.push({ name: cleanFileName(blob.name, contentType), contentType, content });
    }
    const { conversationId, userId } = res.locals.claims as ChatTokenClaims;
    const verdict = await messagesPerConversation.take(conversationId);
    if (!verdict.ok) return sendKnownError(res, CHAT_ERRORS.tooManyMessages);

    await openConversation(db, conversationId);
    const saved = await saveAttachments(db, conversationId, files);
    const lang = languageOf(activity.locale);
    const text = activity.text?.trim() ?? '';
    const input: FlowInput = text ? { kind: 'text', text } : { kind: 'key', key: KEY_REPEAT };
    const names = saved.map((f) => `"${f.name}"`).join(', ');
    const preface = text ? [] : [message(lang ?? 'sv', fill(CHAT_WORDS.attachmentReceived[lang ?? 'sv'], { files: names }))];
    const echo = { attachments: saved.map((f) => ({ contentType: f.contentType, name: f.name })) };
    const id = await conversations.post(conversationId, { ...activity, type: 'message' }, input, userId, lang, { echo, preface });
    res.status(CHAT_STATUS.ok).json({ id });
  };
  return [oneAtATime, upload];
}

/**
 * The multipart body, parsed by Node's fetch Response (no parser of our own) straight from the request stream:
 * no whole copy of the raw body is made first, and reading stops as soon as it passes the limit.
 */
async function formOf(req: Request, limit: number): Promise<FormData | 'tooLarge' | 'unreadable'> {
  if (Number(req.get('content-length')) > limit) return 'tooLarge';
  let read = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      done(read > limit ? new Error('upload over the limit') : null, chunk);
    },
  });
  // A client that goes away mid-upload errors the stream, so the parse below ends instead of waiting for ever.
  pipeline(req, counted, () => undefined);
  try {
    return await new Response(Readable.toWeb(counted) as ReadableStream, { headers: { 'content-type': req.get('content-type')! } }).formData();
  } catch {
    return read > limit ? 'tooLarge' : 'unreadable';
  }
}

/** The message part, or an empty message when the client sent files alone (as the reference allows). */
async function activityOf(part: File | string | null): Promise<IncomingActivity | null> {
  if (part === null) return { type: 'message' };
  const text = typeof part === 'string' ? part : await part.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = incomingActivitySchema.safeParse(json);
  return parsed.success && parsed.data.type === 'message' ? parsed.data : null;
}

const clip = (name: string) => name.replace(/["\\\u0000-\u001f]/g, '').slice(0, 80);
