/**
 * The ways a case reaches the register. 'agent' is a case an agent typed in for a resident. The engine and the
 * flows never test a channel's name: they ask what the conversation's channel can do (ChannelCapabilities).
 */
export const CHANNELS = ['phone', 'chat', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What staff call each channel, in Swedish (the workspace's language). */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = { phone: 'Telefon (menyn)', chat: 'Chatt', agent: 'Kundtjänst' };

/** The channels a resident holds a conversation on (an agent's case has no conversation). */
export type ConversationChannel = Exclude<Channel, 'agent'>;

/** Heard and answered by voice and keypad, or read and answered by typing. */
export type Medium = 'spoken' | 'written';

/** What a conversation's channel can do, as the flow needs to know it. */
export interface ChannelCapabilities {
  /** Spoken: questions are read out and answered by voice or keypad (so an e-mail address cannot be taken). */
  medium: Medium;
  /** Choices show as buttons; otherwise each is read out with its key ("Klagomål, tryck 1."). */
  buttons: boolean;
  /** The conversation can be put in customer service's queue and answered by a person at once. */
  queueToPerson: boolean;
  /** The resident can leave a recorded voice message. */
  recording: boolean;
  /** The channel tells us the resident's own number (the caller id), so it can be offered back. */
  knowsCallerNumber: boolean;
}

export const CHANNEL_CAPABILITIES: Readonly<Record<ConversationChannel, ChannelCapabilities>> = {
  phone: { medium: 'spoken', buttons: false, queueToPerson: true, recording: true, knowsCallerNumber: true },
  chat: { medium: 'written', buttons: true, queueToPerson: false, recording: false, knowsCallerNumber: false },
};
