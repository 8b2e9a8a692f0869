/**
 * The step ids of the intake conversation. Channels name steps through STEP (the voice channel puts
 * `?step=<id>` in every Gather action URL), never through string literals.
 */
export const STEP = {
  menu: 'menu',
  kind: 'kind',
  area: 'area',
  what: 'what',
  /** Phone only: "Vill du lägga till något?", until the caller is done or a sensible limit. */
  whatMore: 'what_more',
  /** Praise: what made it good. */
  praiseWhy: 'praise_why',
  whenWhere: 'when_where',
  consequences: 'consequences',
  onBehalf: 'on_behalf',
  anonymous: 'anonymous',
  wantsReply: 'wants_reply',
  name: 'name',
  /** Chat only: a reply by phone or by e-mail. */
  replyMethod: 'reply_method',
  callbackNumber: 'callback_number',
  callbackNumberEntry: 'callback_number_entry',
  email: 'email',
  /** One of the next three working days for the callback. */
  callbackDay: 'callback_day',
  callbackWindow: 'callback_window',
  confirm: 'confirm',
  done: 'done',
  /** Phone only: the voice message when the resident cannot be understood or nobody can answer. */
  voiceMessage: 'voice_message',
  voiceMessageKept: 'voice_message_kept',
  /** Chat only: asked for a person, the resident is offered a call from customer service instead (open or closed). */
  callbackOffer: 'callback_offer',
  /** The end of a callback offer, a case kept so that customer service calls back. */
  callbackKept: 'callback_kept',
  /** Phone only: asked for a person while customer service is closed, a callback or a voice message instead. */
  closedOffer: 'closed_offer',
  /** From the menu: how is a case I already left going? The channel's status on request takes over (intakeStatus.ts). */
  statusRequest: 'status_request',
} as const;

export type StepId = (typeof STEP)[keyof typeof STEP];
