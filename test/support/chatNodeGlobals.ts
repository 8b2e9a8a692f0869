/**
 * botframework-directlinejs expects a browser: it sends with XMLHttpRequest and opens its stream with the global
 * WebSocket. Node 20 has neither: xhr2 is an XMLHttpRequest and ws a WebSocket with the browser's event handlers
 * (onopen, onmessage…). Imported before the client.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XHR: unknown = require('xhr2');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WebSocket } = require('ws') as typeof import('ws');
const globals = globalThis as { XMLHttpRequest?: unknown; WebSocket?: unknown };
globals.XMLHttpRequest ??= XHR;
globals.WebSocket ??= WebSocket;
