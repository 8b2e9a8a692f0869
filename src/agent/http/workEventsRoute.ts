import type { RequestHandler } from 'express';
import { WORK_LISTS, type WorkNotices } from '../workNotices';

/** A comment line now and then keeps proxies and the browser from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Server-sent events for the workspace's pages: `event: inbox` or `event: callbacks` when that list changed, after
 * which the page reads its list again (agent.js). Nothing but the list's name travels: the page reads the rest with
 * the agent's own session and scope. The browser reconnects by itself after `retry` milliseconds.
 */
export function workEventsRoute(notices: WorkNotices): RequestHandler {
  return (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx and others would hold the events back to fill a buffer.
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    const send = (list: string) => res.write(`event: ${list}\ndata: changed\n\n`);
    const keepAlive = setInterval(() => res.write(': still here\n\n'), KEEP_ALIVE_MS);
    const unsubscribe = notices.subscribe(
      (list) => (list ? [list] : WORK_LISTS).forEach(send),
      () => res.end(),
    );
    // The response's close: the browser went away, or the stream was ended (the request's own 'close' comes early).
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };
}
