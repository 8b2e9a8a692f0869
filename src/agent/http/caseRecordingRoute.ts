import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { storableText } from '../../db/storableText';
import { findPlayableRecording, readAudioRange } from '../../recordings/recordingStore';
import type { ListenRecorder } from '../../recordings/recordingTypes';
import { findCaseByReference } from '../../register/findCase';
import { withinReadScope } from '../../register/readScope';
import { NotAllowedError, NotFoundError } from '../agentErrors';
import { mayDo, PERMISSION } from '../agentTypes';
import { readScopeOf } from '../readScopeOf';
import { optionalSessionOf } from './agentAuth';
import { parseWith } from './validation';

const params = z.object({ reference: storableText().trim().min(1).max(30), id: z.coerce.number().int().positive().max(2 ** 31 - 1) });

/**
 * GET /agent/cases/{reference}/recordings/{id}: a case's voice message, streamed from the database to the page's
 * player. 401 without a session (a media request cannot follow the login page's redirect), 403 for someone whose
 * read scope leaves the case out, and Range requests (206) so the player can seek. A request from the first byte
 * starts a listen and is written to the access log before any audio is sent; the player's further requests (from
 * later bytes, as it seeks or buffers) belong to that listen.
 */
export function caseRecordingRoute(db: Database, recordListen: ListenRecorder): RequestHandler {
  return async (req, res) => {
    const session = optionalSessionOf(res);
    if (!session) {
      res.status(401).type('text/plain; charset=utf-8').send('Logga in i arbetsytan för att lyssna på inspelningen.');
      return;
    }
    if (!mayDo(session.agent, PERMISSION.readCases)) throw new NotAllowedError(`Din roll (${session.agent.role}) får inte läsa ärenden.`);
    const { reference, id } = parseWith(params, req.params);
    const { case: c } = await findCaseByReference(db, reference);
    if (!withinReadScope(await readScopeOf(db, session.agent), c)) {
      throw new NotAllowedError(
        c.confidential && session.agent.role === 'agent'
          ? `Du får inte lyssna på inspelningen: ärende ${c.reference} kan omfattas av sekretess och läses bara av den ansvariga enheten.`
          : `Du får inte lyssna på inspelningen: ärende ${c.reference} hör till en enhet du inte arbetar i.`,
      );
    }
    const recording = c.source.callSid ? await findPlayableRecording(db, c.source.callSid, id) : null;
    if (!recording || recording.byteLength === null) throw new NotFoundError(`Ärende ${c.reference} har ingen sparad inspelning nummer ${id}.`);

    const size = recording.byteLength;
    const ranges = req.range(size, { combine: true });
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', recording.contentType ?? 'audio/wav');
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    if (ranges === -1) {
      res.status(416).setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return;
    }
    // One range is served as asked; several, or a malformed header, get the whole file (RFC 9110 allows both).
    const range = Array.isArray(ranges) && ranges.length === 1 ? ranges[0]! : null;
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    if (req.method === 'GET' && start === 0) await recordListen({ agentId: session.agent.id, caseId: c.id, recordingId: recording.id });
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    res.setHeader('Content-Length', String(end - start + 1));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.end(await readAudioRange(db, recording.id, start, end));
  };
}
