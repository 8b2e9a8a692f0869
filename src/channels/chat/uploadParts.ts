import { pipeline } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';

/** One file of an upload, as it came: its name and bytes (over maxFileBytes: cut off, and marked so). */
export interface UploadedFile {
  name: string;
  content: Buffer;
  tooLarge: boolean;
}

export type UploadParts =
  | { ok: true; activity: string | null; files: UploadedFile[] }
  | { ok: false; refusal: 'unreadable' | 'tooManyFiles' };

const ACTIVITY_PART = 'activity';
/** The activity part is a little JSON; anything bigger is not one. */
const ACTIVITY_MAX_BYTES = 256 * 1024;

/**
 * The parts of a multipart/form-data upload, read as they stream in (busboy): each file's bytes are kept once,
 * and a file over maxFileBytes stops being kept at the limit (the rest is read and dropped). Parsing the whole
 * body first (Node's Response.formData) held an upload four or five times over.
 */
export function readUploadParts(req: Request, limits: { maxFileBytes: number; maxFiles: number }): Promise<UploadParts> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (parts: UploadParts) => {
      if (settled) return;
      settled = true;
      resolve(parts);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // One more file part than allowed: the activity may come as one (Web Chat sends it as a Blob).
        limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles + 1, fields: 10, fieldSize: ACTIVITY_MAX_BYTES, parts: limits.maxFiles + 11 },
      });
    } catch {
      return settle({ ok: false, refusal: 'unreadable' }); // no boundary, or not multipart at all
    }
    let activity: string | null = null;
    const files: { name: string; chunks: Buffer[]; tooLarge: boolean }[] = [];
    let tooMany = false;
    parser.on('field', (name, value) => {
      if (name === ACTIVITY_PART) activity = value;
    });
    parser.on('file', (name, stream, info) => {
      const file = { name: info.filename ?? '', chunks: [] as Buffer[], tooLarge: false };
      // A part cut off (the client went away) errors its stream; the parse as a whole answers for it below.
      stream.on('error', () => undefined);
      if (name === ACTIVITY_PART) {
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= ACTIVITY_MAX_BYTES) file.chunks.push(chunk);
        });
        stream.on('end', () => (activity = size <= ACTIVITY_MAX_BYTES ? Buffer.concat(file.chunks).toString('utf8') : ''));
        return;
      }
      files.push(file);
      stream.on('data', (chunk: Buffer) => {
        if (!file.tooLarge) file.chunks.push(chunk);
      });
      stream.on('limit', () => {
        file.tooLarge = true;
        file.chunks = []; // its bytes are refused anyway: do not hold them
      });
    });
    parser.on('filesLimit', () => (tooMany = true));
    // 'finish', not 'close': a parser destroyed mid-upload (the client went away) closes too, with half a file.
    parser.on('finish', () => {
      if (tooMany || files.length > limits.maxFiles) return settle({ ok: false, refusal: 'tooManyFiles' });
      settle({ ok: true, activity, files: files.map((f) => ({ name: f.name, tooLarge: f.tooLarge, content: Buffer.concat(f.chunks) })) });
    });
    // A malformed body, or a client that went away mid-upload: the parse ends either way, never waits for ever.
    pipeline(req, parser, (err) => {
      if (err) settle({ ok: false, refusal: 'unreadable' });
    });
  });
}
