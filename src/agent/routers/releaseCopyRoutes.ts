import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { logCaseAccess } from '../../accessLog/caseAccessLog';
import type { Database } from '../../db/database';
import type { Case } from '../../register/case';
import { findCaseByReference, normaliseReference } from '../../register/findCase';
import { maskedHistory, maskedParts, markSecretParts, readSecretMarks, recordCopyReleased, SECRET_PARTS } from '../../register/secretParts';
import { NotAllowedError } from '../agentErrors';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { actorOf, mayDo, PERMISSION } from '../agentTypes';
import { checkedAccess } from '../caseWork';
import { withinReadScope } from '../../register/readScope';
import type { Reader } from '../casePermissions';
import { referenceParams } from '../api/apiParams';
import { requireCsrfToken, requirePermission, sessionOf } from '../http/agentAuth';
import { readerOf } from '../http/reader';
import { parseWith } from '../http/validation';
import { releaseCopyPage } from '../pages/releaseCopyPage';

const marksForm = z.object({
  del: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(SECRET_PARTS, 'okänd del av ärendet'))),
});

/** Marking parts secret and releasing a copy: a handler on a case within their reach, or an admin. */
function mayRelease(reader: Reader, c: Case): boolean {
  return mayDo(reader.agent, PERMISSION.handleCases) && withinReadScope(reader.scope, c);
}

function checkMayRelease(reader: Reader, c: Case): void {
  if (!mayRelease(reader, c)) throw new NotAllowedError(`Bara en handläggare för ärende ${c.reference} eller en administratör kan sekretessmarkera det och lämna ut kopior.`);
}

/** "Kopia för utlämnande": the masked copy of a case, its secrecy marks, and the release recorded in its history. */
export function releaseCopyRoutes(db: Database): Router {
  const pages = Router();
  const read = requirePermission(PERMISSION.readCases);
  const form = express.urlencoded({ extended: false, limit: '10kb' });
  const send = (res: Response, body: string) => res.type('html').send(body);

  async function copyOf(res: Response, reference: string, released: boolean) {
    const found = await findCaseByReference(db, normaliseReference(reference) ?? reference);
    const reader = await readerOf(db, res);
    if (released) checkMayRelease(reader, found.case);
    await checkedAccess(db, reader, found.case, released ? 'export' : 'read');
    const marks = await readSecretMarks(db, found.case.id);
    const masked = maskedParts(found.case.confidential, marks);
    if (released) await recordCopyReleased(db, found.case.id, masked, actorOf(reader.agent));
    return { case: found.case, history: maskedHistory(found.events, masked), marks, masked, mayRelease: mayRelease(reader, found.case), released };
  }

  pages.get(AGENT_ROUTE.caseCopy, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    send(res, releaseCopyPage(sessionOf(res), await copyOf(res, reference, false)));
  });
  pages.post(AGENT_ROUTE.caseCopy, read, form, requireCsrfToken, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    send(res, releaseCopyPage(sessionOf(res), await copyOf(res, reference, true)));
  });
  pages.post(AGENT_ROUTE.caseSecretParts, read, form, requireCsrfToken, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const { del } = parseWith(marksForm, req.body);
    const found = await findCaseByReference(db, normaliseReference(reference) ?? reference);
    const reader = await readerOf(db, res);
    await checkedAccess(db, reader, found.case, 'read');
    checkMayRelease(reader, found.case);
    await db.transaction((tx) => markSecretParts(tx, found.case.id, del, actorOf(reader.agent)));
    res.redirect(303, pathTo(AGENT_ROUTE.caseCopy, { reference: found.case.reference }));
  });
  return pages;
}
