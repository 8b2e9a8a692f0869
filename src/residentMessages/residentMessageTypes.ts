import type { ResidentMessageKind } from '../register/residentContact';

/** What the messages to residents need from configuration, and the not-satisfied link when there is one. */
export interface ResidentMessageSettings {
  /** The sender on SMS and letters, "Exempelby kommun" (MUNICIPALITY_NAME). */
  municipalityName: string;
  /** The letterhead's postal address, lines separated by newlines or commas (MUNICIPALITY_ADDRESS); null: none printed. */
  municipalityAddress: string | null;
  /** Customer service's number residents call, in E.164 (CUSTOMER_SERVICE_PHONE); null: "call customer service". */
  customerServicePhone: string | null;
  /**
   * A signed link where the resident says they are not satisfied with the answer; null or left out: the answer says to
   * reply or call instead. Wired by the composition root from the status-and-escalation module.
   */
  notSatisfiedUrl?: (caseReference: string) => string | null;
}

/** Texts longer than this are never sent whole by SMS: about two SMS segments, as the issue asks. */
export const SMS_MAX_LENGTH = 300;

/**
 * What an outbox message to the resident carries in its payload: which promise it keeps, and whether its delivery
 * keeps it (the SMS announcing a phone answer does not: reaching the resident in the callback does).
 */
export interface ResidentMessagePayload {
  residentMessage: ResidentMessageKind;
  keepsPromise: boolean;
}

/** Without configuration: the municipality is named generically, no letterhead address, no number to call. */
export const DEFAULT_RESIDENT_MESSAGE_SETTINGS: ResidentMessageSettings = { municipalityName: 'Kommunen', municipalityAddress: null, customerServicePhone: null };
