/** The phone line's webhook paths, named once: the router listens on them and the TwiML renderer points at them. */
export const VOICE_ROUTE = {
  /** The number's Voice webhook: a call begins. */
  incoming: '/voice/incoming',
  /** A Gather's action: `?step=<id>&turn=<n>` names the question it answers. */
  answer: '/voice/answer',
  /** A Record's action: the voice message is recorded. */
  recording: '/voice/recording',
  /** A Record's recording status callback: Twilio's recording is complete and can be copied. */
  recordingStatus: '/voice/recording-status',
  /** The number's status callback: the call ended (hang-up). */
  status: '/voice/status',
} as const;

/** An absolute URL that names the step and turn a request answers; Twilio signs exactly this URL. */
export function answerUrl(publicBaseUrl: string, route: string, step: string, turn: number): string {
  const query = new URLSearchParams({ step, turn: String(turn) });
  return `${publicBaseUrl}${route}?${query.toString()}`;
}

/**
 * Status on request (the menu's 2): the flow hands the call over here with <Redirect>. Every URL carries the
 * language (`?lang=`), and the later ones the attempt (`&try=`) or the case's id (`&case=`, after the right to hear it
 * was proved); Twilio signs the whole URL, so none of it can be changed by a caller.
 */
export const CASE_STATUS_ROUTE = {
  /** Asks for the case number. */
  start: '/voice/case-status',
  /** The number keyed, ended by #. */
  number: '/voice/case-status/number',
  /** The one-time code keyed. */
  code: '/voice/case-status/code',
  /** After the status: 3 is "not satisfied". */
  after: '/voice/case-status/after',
} as const;

/** The webhooks on the way to a person (README, "Reaching a person"); every one is signed like the rest. */
export const PERSON_ROUTE = {
  /** <Dial action>: how the switchboard call went (DialCallStatus). */
  dialed: '/voice/person/dialed',
  /** <Enqueue waitUrl>: Twilio asks what a waiting caller hears next (QueuePosition, QueueTime, AvgQueueTime). */
  wait: '/voice/person/wait',
  /** The wait's <Gather action>: the caller pressed a key while waiting (1: be called back, keeping the place). */
  waitKey: '/voice/person/wait/key',
  /** <Enqueue action>: the caller left the queue (QueueResult). */
  left: '/voice/person/left',
  /** <Queue url> on the agent's leg: played to the queued caller just before the bridge; `?agent=` names who rang in. */
  bridge: '/voice/person/bridge',
  /** The offer's <Gather action>: 1 or 2 a callback window, 3 a voice message; `?try=` counts the attempts. */
  offer: '/voice/person/offer',
  /** The offer's <Record action>: the voice message. */
  message: '/voice/person/message',
} as const;

/** An absolute URL for Twilio to post to, with an optional query; Twilio signs exactly this URL. */
export function personUrl(publicBaseUrl: string, route: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${publicBaseUrl}${route}${search ? `?${search}` : ''}`;
}
