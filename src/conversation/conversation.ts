import type { Database, Queryable } from '../db/database';
import { isUniqueViolation } from '../db/databaseErrors';
import { caseDeadlines, openingHoursChecker, type WorkingCalendar } from '../domain/calendar';
import { CHANNEL_CAPABILITIES, type ConversationChannel, type Language } from '../domain';
import { loadSession, saveSession, type SessionRecord } from './conversationSessions';
import { createSessionSaver } from './sessionSaver';
import { runTurn } from '../flow/engine';
import type { FlowAnswers, FlowDefinition, FlowState } from '../flow/flowTypes';
import type { FlowInput, Turn } from '../flow/types';
import { applyEffects, prepareEffects, type CaseEffect, type EffectOutcome } from './effects';
import type { Reply } from './reply';
import type { FollowUpSettings } from '../followUp/followUpSettings';
import { createSessionCache } from './sessionCache';
import { NO_TURN_OBSERVER, type TurnObserver } from './turnObserver';

export interface ConversationDeps<Id extends string, A extends FlowAnswers> {
  db: Database;
  flow: FlowDefinition<Id, A, CaseEffect>;
  /** Whether customer service is open (worked out once a minute) and the deadlines of the cases a turn makes. */
  calendar: WorkingCalendar;
  clock: () => Date;
  /** For the e-mails a serious case sends its managers (links, the admins' address). */
  followUp?: FollowUpSettings;
  /** Counts the intake's funnel (src/metrics); nothing by default. */
  observer?: TurnObserver;
}

export interface TurnRequest {
  sessionId: string;
  channel: ConversationChannel;
  /** Names this delivery: the same key again is a repeated delivery and gets the stored reply. */
  requestKey: string;
  /** The turn whose question this request answers, when the channel knows it (the phone's action URL). */
  answersTurn?: number;
  input: FlowInput;
}

/** Loads the session, runs the engine, carries out its effects and saves, all-or-nothing. */
export function createConversation<Id extends string, A extends FlowAnswers>(deps: ConversationDeps<Id, A>) {
  type State = FlowState<Id, A>;
  type Session = SessionRecord<State, Reply>;
  const cache = createSessionCache<State, Reply>();
  const saver = createSessionSaver(deps.db);
  const customerServiceIsOpen = openingHoursChecker(deps.calendar);
  const observer = deps.observer ?? NO_TURN_OBSERVER;

  async function handle(request: TurnRequest): Promise<Reply> {
    // A first webhook needs no read: if the conversation exists after all, the conditional save says so.
    const cached = cache.get(request.sessionId);
    let session: Session | null =
      cached ?? (request.input.kind === 'start' ? null : await loadSession<State, Reply>(deps.db, request.sessionId));
    let fromCache = cached !== undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = storedReplyFor(session, request);
      if (stored && fromCache) {
        // Only a save proves the cache current. Before answering from it without one (a repeat, or a turn it
        // thinks is stale) ask PostgreSQL: another instance may have moved this conversation on.
        cache.delete(request.sessionId);
        session = await loadSession<State, Reply>(deps.db, request.sessionId);
        fromCache = false;
        continue;
      }
      if (stored) return stored;
      if (!session && request.input.kind !== 'start') return emptyReply();
      const now = deps.clock();
      const turn = runTurn(deps.flow, session?.state ?? null, request.input, {
        now,
        withinOpeningHours: customerServiceIsOpen(now),
        capabilities: CHANNEL_CAPABILITIES[request.channel],
      });
      const saved = await save(session, request, turn, now);
      if (saved) {
        observe(session, request, turn);
        if (saved.state.done) cache.delete(request.sessionId);
        else cache.set(request.sessionId, saved);
        return saved.lastResponse!;
      }
      // Another delivery or instance moved this conversation on: decide again from what is stored.
      cache.delete(request.sessionId);
      session = await loadSession<State, Reply>(deps.db, request.sessionId);
      fromCache = false;
    }
    return session?.lastResponse ?? emptyReply();
  }

  async function save(session: Session | null, request: TurnRequest, turn: Turn<State, CaseEffect>, now: Date): Promise<Session | null> {
    const number = (session?.turn ?? 0) + 1;
    const write = async (db: Queryable | null, outcome: EffectOutcome | null): Promise<Session | null> => {
      const reply = replyOf(number, turn, outcome?.reference ?? session?.lastResponse?.caseReference ?? null);
      const caseId = outcome?.caseId ?? session?.caseId ?? null;
      const sessionWrite = {
        id: request.sessionId,
        channel: request.channel,
        state: turn.state,
        turn: number,
        requestKey: request.requestKey,
        response: reply,
        callerPhone: turn.state.callerNumber,
        caseId,
        transferred: turn.ending === 'transfer',
        ended: turn.state.done,
      };
      // Inside a transaction the turn is saved with the case it made; otherwise it joins the next group commit.
      const ok = db ? await saveSession(db, sessionWrite) : await saver.save(sessionWrite);
      return ok ? { id: request.sessionId, state: turn.state, turn: number, lastRequestKey: request.requestKey, lastResponse: reply, caseId } : null;
    };
    if (turn.effects.length === 0) return write(null, null);
    const effects = await prepareEffects(deps.db, turn.effects, {
      channel: request.channel,
      sessionId: request.sessionId,
      existingCaseId: session?.caseId ?? null,
    });
    return deps.db
      .transaction(async (tx) => {
        const outcome = await applyEffects(tx, effects, request.channel, caseDeadlines(deps.calendar, now), deps.followUp);
        const saved = await write(tx, outcome);
        if (!saved) throw new TurnAlreadyTaken();
        return saved;
      })
      .catch((err: unknown) => {
        if (err instanceof TurnAlreadyTaken || isDuplicateDelivery(err)) return null;
        throw err;
      });
  }

  /** Once per saved turn of a conversation still under way: a status callback after the goodbye counts nothing. */
  function observe(before: Session | null, request: TurnRequest, turn: Turn<State, CaseEffect>): void {
    if (before?.state.done) return;
    if (request.input.kind !== 'hangup') observer.turnTaken(request.channel, turn.state.step);
    else if (before) observer.hungUp(request.channel, before.state.step);
    for (const effect of turn.effects) {
      if (effect.type === 'registerCase') observer.caseRegistered(request.channel, effect.draft.kind ?? null);
    }
  }

  return { handle };
}

export type Conversation = ReturnType<typeof createConversation>;

/** The reply already given to this very delivery, or the current question for a late or stray one. */
function storedReplyFor<S, R extends Reply>(session: SessionRecord<S, R> | null, request: TurnRequest): R | null {
  if (!session?.lastResponse) return null;
  if (session.lastRequestKey === request.requestKey) return session.lastResponse;
  if (request.input.kind === 'start') return session.lastResponse;
  // A voice message is never stale: the hang-up it follows may already have moved the turn on.
  if (request.input.kind === 'recording') return null;
  if (request.answersTurn !== undefined && request.answersTurn !== session.turn) return session.lastResponse;
  return null;
}

function replyOf<S extends { language: Language }>(turnNumber: number, turn: Turn<S, unknown>, caseReference: string | null): Reply {
  return { turn: turnNumber, language: turn.state.language, say: turn.say, ask: turn.ask, ending: turn.ending, caseReference };
}

/** For a request about a conversation that never began (a status callback for an unknown call). */
function emptyReply(): Reply {
  return { turn: 0, language: 'sv', say: [], ask: null, ending: 'end', caseReference: null };
}

class TurnAlreadyTaken extends Error {}

/** Only the races a repeated delivery can cause: the session's first insert, or the call's one case. */
const DUPLICATE_DELIVERY_CONSTRAINTS = ['conversation_sessions_pkey', 'cases_one_per_call'];

function isDuplicateDelivery(err: unknown): boolean {
  return isUniqueViolation(err, DUPLICATE_DELIVERY_CONSTRAINTS);
}
