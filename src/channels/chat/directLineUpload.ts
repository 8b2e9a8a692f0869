import type { RequestHandler } from 'express';
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
import { readUploadParts } from './uploadParts';
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
    if (Number(req.get('content-length')) > limit) return sendKnownError(res, CHAT_ERRORS.tooLarge);
    const parts = await readUploadParts(req, { maxFileBytes, maxFiles: MAX_FILES });
    if (!parts.ok && parts.refusal === 'tooManyFiles') return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, `At most ${MAX_FILES} files at a time.`);
    if (!parts.ok) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The upload could not be read as multipart/form-data.');
    const activity = activityOf(parts.activity);
    if (!activity) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The "activity" part must be a message activity as JSON.');
    if (parts.files.length === 0) return sendChatError(res, CHAT_STATUS.badRequest, CHAT_ERROR.badRequest, 'The upload has no file in it.');
    const files: NewAttachment[] = [];
    for (const file of parts.files) {
      if (file.tooLarge) {
        return sendChatError(res, CHAT_STATUS.tooLarge, CHAT_ERROR.attachmentTooLarge, `The file "${clip(file.name)}" is too large: at most ${maxMb} MB.`);
      }
      const contentType = sniffAttachmentType(file.content);
      if (!contentType) {
        return sendChatError(res, CHAT_STATUS.unsupportedType, CHAT_ERROR.attachmentType, `The file "${clip(file.name)}" is not an image (JPEG, PNG, GIF, WebP) or a PDF.`);
      }
      files.push({ name: cleanFileName(file.name, contentType), contentType, content: file.content });
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

/** The message part, or an empty message when the client sent files alone (as the reference allows). */
function activityOf(text: string | null): IncomingActivity | null {
  if (text === null) return { type: 'message' };
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
