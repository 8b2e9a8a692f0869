import type { MessageParams } from '../domain/messageCodes';

/** Why a callback is not in the state an action needs: its code for the pages (src/agent/messages.ts). */
export type CallbackConflictCode = 'aterringningen-tas-av-annan' | 'aterringningen-inte-din' | 'aterringningen-klar';

/** The callback is not (or no longer) in the state the agent's action needs; the message says what happened. */
export class CallbackConflictError extends Error {
  override readonly name = 'CallbackConflictError';
  readonly params: MessageParams;
  constructor(
    readonly callbackId: number,
    message: string,
    readonly code: CallbackConflictCode,
    agent?: string,
  ) {
    super(message);
    this.params = agent ? { id: callbackId, agent } : { id: callbackId };
  }
}

export class CallbackNotFoundError extends Error {
  override readonly name = 'CallbackNotFoundError';
  readonly code = 'aterringningen-finns-inte';
  readonly params: MessageParams;
  constructor(readonly callbackId: number) {
    super(`There is no callback number ${callbackId}.`);
    this.params = { id: callbackId };
  }
}
