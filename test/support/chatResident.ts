/**
 * A resident in the website's chat, played by Microsoft's own Direct Line client (botframework-directlinejs)
 * pointed at this service: only its domain is ours, so what works here works for Web Chat too.
 */
import './chatNodeGlobals';
import { randomUUID } from 'node:crypto';
import { DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { DIRECT_LINE, generateToken } from './chat';

export interface BotMessage {
  type: string;
  text?: string;
  inputHint?: string;
  replyToId?: string;
  locale?: string;
  suggestedActions?: { actions: { title: string; value: string }[] };
  channelData?: { step?: string; input?: string; ending?: string; caseReference?: string };
}

export class ChatResident {
  readonly seen: BotMessage[] = [];
  /** The resident's own activities as the service echoed them (with its id and the client's clientActivityID). */
  readonly echoed: Activity[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    readonly directLine: DirectLine,
    readonly conversationId: string,
    readonly token: string,
  ) {
    directLine.activity$.subscribe(
      (activity: Activity) => {
        if (activity.from.role === 'user') {
          this.echoed.push(activity);
          return;
        }
        this.seen.push(activity as unknown as BotMessage);
        for (const wake of this.waiters.splice(0)) wake();
      },
      // Ending the client ends the stream with an error ("conversation ended"): that is the test closing it.
      () => undefined,
    );
  }

  /**
   * Opens the chat as the page does: a token, then the conversation in the page's language; by polling unless
   * webSocket is set (then the client reads from the streamUrl the start returns, as Web Chat does by default).
   */
  static async open(baseUrl: string, locale?: string, options: { webSocket?: boolean; callbackLanguage?: string } = {}): Promise<ChatResident> {
    const { token, conversationId } = await generateToken(baseUrl);
    const directLine = new DirectLine({
      domain: `${baseUrl}${DIRECT_LINE}`,
      token,
      webSocket: options.webSocket ?? false,
      pollingInterval: 200,
      // What the page sends to start a conversation: its locale, and a call asked for in Meänkieli or Sámi.
      ...(locale || options.callbackLanguage
        ? { conversationStartProperties: { ...(locale ? { locale } : {}), ...(options.callbackLanguage ? { callbackLanguage: options.callbackLanguage } : {}) } }
        : {}),
    });
    return ChatResident.greeted(directLine, conversationId, token);
  }

  /** A resident whose client is already made (another instance's stream, a client given a streamUrl). */
  static async greeted(directLine: DirectLine, conversationId: string, token: string): Promise<ChatResident> {
    const resident = new ChatResident(directLine, conversationId, token);
    await resident.until(() => resident.seen.some(isTurnEnd));
    return resident;
  }

  /** The last question asked (the last activity expecting an answer). */
  get question(): BotMessage {
    const asked = [...this.seen].reverse().find((a) => a.inputHint === 'expectingInput');
    if (!asked) throw new Error('nothing has been asked');
    return asked;
  }

  /** Everything the bot wrote, as one text. */
  get transcript(): string {
    return this.seen.map((a) => a.text ?? '').filter(Boolean).join('\n');
  }

  /** Types a message and waits for the whole answer to it. Returns the bot's activities answering it. */
  type(text: string): Promise<BotMessage[]> {
    return this.send({ text });
  }

  /** Presses a suggested action (by its label), as a page does: its value is the key, its text the label. */
  press(label: string): Promise<BotMessage[]> {
    const action = this.question.suggestedActions?.actions.find((a) => a.title === label);
    if (!action) throw new Error(`no button "${label}" on ${this.question.channelData?.step}: ${JSON.stringify(this.question.suggestedActions)}`);
    return this.send({ text: action.title, value: action.value });
  }

  async send(fields: { text?: string; value?: string }, clientActivityID = randomUUID()): Promise<BotMessage[]> {
    const message: Message = { type: 'message', from: { id: 'resident', role: 'user' }, ...fields, channelData: { clientActivityID } } as Message;
    const id = await new Promise<string>((resolve, reject) => this.directLine.postActivity(message).subscribe(resolve, reject));
    await this.until(() => this.seen.some((a) => a.replyToId === id && isTurnEnd(a)));
    return this.seen.filter((a) => a.replyToId === id);
  }

  end(): void {
    this.directLine.end();
  }

  private async until(done: () => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`the chat did not answer in ${ms} ms; seen:\n${JSON.stringify(this.seen.slice(-3), null, 1)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }
}

/** The last activity of a turn: the question, or the end. */
export function isTurnEnd(a: BotMessage): boolean {
  return a.inputHint === 'expectingInput' || a.type === 'endOfConversation';
}
