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
