/**
 * The ways a case reaches the register. 'agent' is a case an agent typed in for a resident. The engine and the
 * flows never test a channel's name: they ask for what a conversation's channel can do (ChannelCapabilities).
 */
export const CHANNELS = ['phone', 'chat', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a channel a resident talks through can do, as the flow needs to know it. */
export interface ChannelCapabilities {
  /** Choices show as buttons to press (otherwise they are read out and answered by key or word). */
  buttons: boolean;
  /** The conversation can be put in customer service's queue and answered by a person at once. */
  queueToPerson: boolean;
  /** The resident can leave a recorded voice message. */
  recording: boolean;
  /** The channel tells us the resident's own number (the caller id), so it can be offered back. */
  knowsCallerNumber: boolean;
}

/** The channels a conversation runs on (an agent's case has no conversation). */
export type ConversationChannel = Exclude<Channel, 'agent'>;

export const CHANNEL_CAPABILITIES: Readonly<Record<ConversationChannel, ChannelCapabilities>> = {
  phone: { buttons: false, queueToPerson: true, recording: true, knowsCallerNumber: true },
  chat: { buttons: true, queueToPerson: false, recording: false, knowsCallerNumber: false },
};
