import { isOpen, type OpeningHours } from '../config/openingHours';
import type { Database, Queryable } from '../db/database';
import { loadSession, saveSession, type SessionRecord } from '../db/conversationSessions';
import { runTurn } from '../flow/engine';
import type { FlowAnswers, FlowDefinition, FlowState } from '../flow/flowTypes';
import type { FlowInput, Turn } from '../flow/types';
import { carryOutEffects, type EffectOutcome } from './effects';
import type { Reply } from './reply';

export interface ConversationDeps<Id extends string, A extends FlowAnswers> {
  db: Database;
  flow: FlowDefinition<Id, A>;
  openingHours: OpeningHours;
  clock: () => Date;
}

export interface TurnRequest {
  sessionId: string;
  channel: 'phone' | 'chat';
  /** Names this delivery: the same key again is a repeated delivery and gets the stored reply. */
  requestKey: string;
  /** The turn whose question this request answers, when the channel knows it (the phone's action URL). */
  answersTurn?: number;
  input: FlowInput;
  callerPhone?: string | null;
}

/** Loads the session, runs the engine, carries out its effects and saves, all-or-nothing. */
export function createConversation<Id extends string, A extends FlowAnswers>(deps: ConversationDeps<Id, A>) {
  type State = FlowState<Id, A>;
  type Session = SessionRecord<State, Reply>;

  async function handle(request: TurnRequest): Promise<Reply> {
    const session = await loadSession<State, Reply>(deps.db, request.sessionId);
    const stored = storedReplyFor(session, request);
    if (stored) return stored;
    if (!session && request.input.kind !== 'start') return emptyReply();

    const now = deps.clock();
    const turn = runTurn(deps.flow, session?.state ?? null, request.input, {
      now,
      withinOpeningHours: isOpen(deps.openingHours, now),
      channel: request.channel,
    });
    const saved = await save(session, request, turn);
    if (saved) return saved;
    // Another instance handled a delivery of this turn first: answer what it stored.
    const current = await loadSession<State, Reply>(deps.db, request.sessionId);
    return current?.lastResponse ?? emptyReply();
  }

  async function save(session: Session | null, request: TurnRequest, turn: Turn<State>): Promise<Reply | null> {
    const number = (session?.turn ?? 0) + 1;
    const write = async (db: Queryable, outcome: EffectOutcome | null) => {
      const reply = replyOf(number, turn, outcome?.reference ?? session?.lastResponse?.caseReference ?? null);
      const ok = await saveSession(db, {
        id: request.sessionId,
        channel: request.channel,
        state: turn.state,
        turn: number,
        requestKey: request.requestKey,
        response: reply,
        callerPhone: turn.state.callerNumber,
        caseId: outcome?.caseId ?? null,
        transferred: turn.ending === 'transfer',
        ended: turn.state.done,
      });
      return ok ? reply : null;
    };
    if (turn.effects.length === 0) return write(deps.db, null);
    return deps.db
      .transaction(async (tx) => {
        const outcome = await carryOutEffects(tx, turn.effects, { channel: request.channel, sessionId: request.sessionId });
        const reply = await write(tx, outcome);
        if (!reply) throw new TurnAlreadyTaken();
        return reply;
      })
      .catch((err: unknown) => {
        if (err instanceof TurnAlreadyTaken || isUniqueViolation(err)) return null;
        throw err;
      });
  }

  return { handle };
}

export type Conversation = ReturnType<typeof createConversation>;

/** The reply already given to this very delivery, or the current question for a late or stray one. */
function storedReplyFor<S, R extends Reply>(session: SessionRecord<S, R> | null, request: TurnRequest): R | null {
  if (!session?.lastResponse) return null;
  if (session.lastRequestKey === request.requestKey) return session.lastResponse;
  if (request.input.kind === 'start') return session.lastResponse;
  if (request.answersTurn !== undefined && request.answersTurn !== session.turn) return session.lastResponse;
  return null;
}

function replyOf<S extends { language: 'sv' | 'en' }>(turnNumber: number, turn: Turn<S>, caseReference: string | null): Reply {
  return { turn: turnNumber, language: turn.state.language, say: turn.say, ask: turn.ask, ending: turn.ending, caseReference };
}

/** For a request about a conversation that never began (a status callback for an unknown call). */
function emptyReply(): Reply {
  return { turn: 0, language: 'sv', say: [], ask: null, ending: 'end', caseReference: null };
}

class TurnAlreadyTaken extends Error {}

/** Only the races a repeated delivery can cause: the session's first insert, or the call's one case. */
const DUPLICATE_DELIVERY_CONSTRAINTS = new Set(['conversation_sessions_pkey', 'cases_one_per_call']);

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string };
  return e.code === '23505' && DUPLICATE_DELIVERY_CONSTRAINTS.has(e.constraint ?? '');
}
