/**
 * botframework-directlinejs expects a browser: it sends with XMLHttpRequest and looks WebSocket up even when told
 * to poll. Node 20 has neither: xhr2 is an XMLHttpRequest, and the WebSocket stand-in refuses to be used (this
 * service gives no streamUrl, so a client that polls never needs one). Imported before the client.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XHR: unknown = require('xhr2');
const globals = globalThis as { XMLHttpRequest?: unknown; WebSocket?: unknown };
globals.XMLHttpRequest ??= XHR;
globals.WebSocket ??= class NoWebSocket {
  constructor() {
    throw new Error('this chat gives no stream: open DirectLine with webSocket: false');
  }
};
