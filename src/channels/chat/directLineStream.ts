import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request } from 'express';
import { WebSocket, WebSocketServer } from 'ws';
import type { Database, StopListening } from '../../db/database';
import type { Logger } from '../../logging/logger';
import { DIRECT_LINE_BASE, type ChatStatus } from './chatRoutes';
import type { TokenSigner } from './chatTokens';
import { CHAT_ERRORS } from './directLineErrors';
import type { ServedActivity } from './transcriptStore';

/** db/010_chat_stream.sql notifies this channel with a conversation's id whenever its transcript grows. */
export const STREAM_CHANNEL = 'synpunkt_chat';
/** The socket path: /v3/directline/conversations/{id}/stream?watermark=…&t=<token>. */
const STREAM_PATH = new RegExp(`^${DIRECT_LINE_BASE}/conversations/([^/]{1,200})/stream$`);
/** A silent peer is pinged this often, and dropped when it did not answer the last ping. */
const PING_MS = 30_000;
/** Clients send nothing but keep-alive pings ("") on the stream: anything big is refused by ws itself. */
const MAX_CLIENT_MESSAGE = 4096;

export interface DirectLineStreamDeps {
  db: Pick<Database, 'listen'>;
  tokens: TokenSigner;
  /** Activities after a watermark, at most pageSize of them (the transcript's read). */
  read(conversationId: string, watermark: number): Promise<{ activities: ServedActivity[]; watermark: number }>;
  pageSize: number;
  logger: Logger;
}

interface Listener {
  socket: WebSocket;
  conversationId: string;
  watermark: number;
  reading: boolean;
  readAgain: boolean;
  alive: boolean;
}

/**
 * Direct Line 3.0 streaming: a WebSocket per client that receives activity sets ({ activities, watermark }) as
 * the transcript grows, the resident's own activities included. Any instance may hold the socket and any may run
 * the turn: the transcript is in PostgreSQL, and its growth is announced by NOTIFY, so each instance reads and
 * sends what its own sockets have not seen yet. The token is checked as on REST and must name the conversation.
 */
export function createDirectLineStream({ db, tokens, read, pageSize, logger }: DirectLineStreamDeps) {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE });
  const byConversation = new Map<string, Set<Listener>>();
  const held = new Map<WebSocket, Listener>();
  let stopListening: StopListening | null = null;
  let pinger: NodeJS.Timeout | undefined;

  /** Sends what the socket has not seen; one read at a time per socket, and once more if told of news meanwhile. */
  async function catchUp(listener: Listener): Promise<void> {
    if (listener.reading) {
      listener.readAgain = true;
      return;
    }
    listener.reading = true;
    try {
      do {
        listener.readAgain = false;
        const page = await read(listener.conversationId, listener.watermark);
        if (listener.socket.readyState !== WebSocket.OPEN) return;
        if (page.activities.length === 0) continue;
        listener.socket.send(JSON.stringify({ activities: page.activities, watermark: String(page.watermark) }));
        listener.watermark = page.watermark;
        if (page.activities.length >= pageSize) listener.readAgain = true;
      } while (listener.readAgain);
    } catch (err) {
      // The client reconnects and reads from its watermark: nothing is lost by closing.
      logger.warn('a chat stream could not be read; the socket is closed for the client to reconnect', { error: (err as Error).name });
      listener.socket.close(1011, 'read failed');
    } finally {
      listener.reading = false;
    }
  }

  function heard(conversationId: string | null): void {
    const listeners = conversationId === null ? [...held.values()] : [...(byConversation.get(conversationId) ?? [])];
    for (const listener of listeners) void catchUp(listener);
  }

  function hold(socket: WebSocket, conversationId: string, watermark: number): void {
    const listener: Listener = { socket, conversationId, watermark, reading: false, readAgain: false, alive: true };
    let set = byConversation.get(conversationId);
    if (!set) byConversation.set(conversationId, (set = new Set()));
    set.add(listener);
    held.set(socket, listener);
    socket.on('pong', () => (listener.alive = true));
    // directlinejs sends "" now and then to notice a dead connection; nothing a client sends is acted on.
    socket.on('message', () => undefined);
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      held.delete(socket);
      set.delete(listener);
      if (set.size === 0 && byConversation.get(conversationId) === set) byConversation.delete(conversationId);
    });
    void catchUp(listener);
  }

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://stream.invalid');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, CHAT_ERRORS.notFoundRoute);
    const token = url.searchParams.get('t') ?? /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return refuse(socket, CHAT_ERRORS.missingToken);
    const checked = tokens.check(token);
    if (!checked.ok) return refuse(socket, checked.reason === 'expired' ? CHAT_ERRORS.expiredToken : CHAT_ERRORS.badToken);
    if (decodeURIComponent(match[1]!) !== checked.claims.conversationId) return refuse(socket, CHAT_ERRORS.wrongConversation);
    const watermark = watermarkOf(url.searchParams.get('watermark'));
    if (watermark === null) return refuse(socket, CHAT_ERRORS.badWatermark);
    sockets.handleUpgrade(req, socket, head, (ws) => hold(ws, checked.claims.conversationId, watermark));
  }

  function pingAll(): void {
    for (const [socket, listener] of held) {
      if (!listener.alive) {
        socket.terminate();
        continue;
      }
      listener.alive = false;
      socket.ping();
    }
  }

  return {
    /** Takes WebSocket upgrades on the service's HTTP server and starts hearing of new activities. */
    async attach(server: Server): Promise<void> {
      stopListening = await db.listen(STREAM_CHANNEL, heard);
      server.on('upgrade', upgrade);
      pinger = setInterval(pingAll, PING_MS);
      pinger.unref();
    },
    async close(): Promise<void> {
      clearInterval(pinger);
      for (const socket of sockets.clients) socket.close(1001, 'service stopping');
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await stopListening?.();
    },
  };
}

export type DirectLineStream = ReturnType<typeof createDirectLineStream>;

/** The streamUrl a client opens: on the address it reached this service by, carrying its token as Microsoft's does. */
export function streamUrlOf(req: Request, conversationId: string, token: string, watermark: number | null): string {
  const scheme = req.protocol === 'https' ? 'wss' : 'ws';
  const query = new URLSearchParams({ ...(watermark === null ? {} : { watermark: String(watermark) }), t: token });
  return `${scheme}://${req.host}${DIRECT_LINE_BASE}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

function watermarkOf(text: string | null): number | null {
  if (text === null || text === '') return 0;
  return /^\d{1,10}$/.test(text) && Number(text) <= 2 ** 31 - 1 ? Number(text) : null;
}

/** An upgrade that is not taken gets a plain HTTP answer in Direct Line's error shape, then the socket is closed. */
function refuse(socket: Duplex, [status, code, message]: readonly [ChatStatus, string, string]): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
