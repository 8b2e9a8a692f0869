import type { RequestHandler } from 'express';
import { z } from 'zod';
import { readAttachment } from '../../channels/chat/attachmentStore';
import type { Database } from '../../db/database';
import { findCaseByReference } from '../../register/findCase';
import { NotFoundError } from '../agentErrors';
import { parseWith } from './validation';
import { checkedAccess } from '../caseWork';
import { readerOf } from './reader';

const params = z.object({ reference: z.string().trim().min(1).max(30), id: z.coerce.number().int().positive().max(2 ** 53) });

/**
 * GET /agent/cases/{reference}/attachments/{id}: a file the resident sent in the chat that became the case,
 * behind the agent's login (the pages router's session and read permission) and the access rule, logged. Sent as a download with its sniffed
 * type and nosniff, so a file can never run as a page of the workspace.
 */
export function caseAttachmentRoute(db: Database): RequestHandler {
  return async (req, res) => {
    const { reference, id } = parseWith(params, req.params);
    const { case: c } = await findCaseByReference(db, reference);
    const file = c.source.conversationId ? await readAttachment(db, c.source.conversationId, id) : null;
    if (!file) throw new NotFoundError(`Case ${reference} has no attachment number ${id}.`, { code: 'bilagan-finns-inte', params: { reference, id } });
    // A file is part of the case: the same access rule, and the download is logged as an export.
    await checkedAccess(db, await readerOf(db, res), c, 'export');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(file.content);
  };
}
