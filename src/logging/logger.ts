import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import winston from 'winston';
import { redactText, redactValue } from './redact';

export type Logger = winston.Logger;

interface RequestContext {
  requestId: string;
}

export interface Logging {
  logger: Logger;
  /** Runs fn with a request id that every log line written inside it carries. */
  withRequestId<T>(requestId: string, fn: () => T): T;
}

export interface LoggingOptions {
  level: string;
  json: boolean;
  /** Where lines go; stdout by default (tests pass a stream to read real output). */
  stream?: Writable;
}

export function createLogging(options: LoggingOptions): Logging {
  const context = new AsyncLocalStorage<RequestContext>();

  // Winston keeps fields on the info object itself, under symbols too: copy the symbols across untouched.
  const redact = winston.format((info) => {
    const clean = redactValue({ ...info }) as Record<string | symbol, unknown>;
    for (const sym of Object.getOwnPropertySymbols(info)) clean[sym] = (info as Record<symbol, unknown>)[sym];
    clean.message = typeof info.message === 'string' ? redactText(info.message) : clean.message;
    const requestId = context.getStore()?.requestId;
    if (requestId && clean.requestId === undefined) clean.requestId = requestId;
    return clean as winston.Logform.TransformableInfo;
  });

  const readable = winston.format.printf(({ level, message, timestamp, requestId, ...rest }) => {
    const fields = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    return `${String(timestamp)} ${level}${requestId ? ` [${String(requestId)}]` : ''} ${String(message)}${fields}`;
  });

  const format = winston.format.combine(
    winston.format.errors({ stack: true }),
    redact(),
    winston.format.timestamp(),
    options.json ? winston.format.json() : readable,
  );
  const transport = options.stream
    ? new winston.transports.Stream({ stream: options.stream })
    : new winston.transports.Console();
  const logger = winston.createLogger({ level: options.level, format, transports: [transport] });
  return {
    logger,
    withRequestId: (requestId, fn) => context.run({ requestId }, fn),
  };
}
