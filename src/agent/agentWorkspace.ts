import type { CallbackPolicy } from '../callbacks/callbackPolicy';
import type { Database } from '../db/database';
import type { WorkingCalendar } from '../domain/calendar';
import type { FollowUpSettings } from '../followUp/followUpSettings';
import type { ListenRecorder } from '../recordings/recordingTypes';
import type { RingAgent } from '../customerService/agentLeg';
import type { Logger } from '../logging/logger';
import type { ResidentMessageSettings } from '../residentMessages/residentMessageTypes';
import type { PasswordHasher } from './passwordHasher';
import type { WorkNotices } from './workNotices';

/** What the agent workspace's routers are built from, wired by hand in src/service.ts. */
export interface AgentWorkspaceParts {
  db: Database;
  /** Secure cookies (HTTPS only, __Host- prefix): on in production. */
  secureCookies: boolean;
  callbackPolicy: CallbackPolicy;
  /** Now, for booking callbacks and counting deadlines; tests may fix it. */
  clock: () => Date;
  /** The working calendar: the callback day and the deadlines of the cases agents register. */
  calendar: WorkingCalendar;
  /** Hashes and checks passwords, a few at a time (one per process). */
  passwords: PasswordHasher;
  /** For the e-mails a serious case sends its managers (links, the admins' address). */
  followUp: FollowUpSettings;
  /** Writes each listen to a case's voice message to the access log. */
  recordListen: ListenRecorder;
  /** "Take next caller": Twilio rings the agent's phone and bridges the front of the queue. */
  ringAgent: RingAgent;
  /** Refused logins are logged by reason, never with the username or the address. */
  logger: Logger;
  /** Tells open inbox and callback-queue pages that their list changed. */
  workNotices: WorkNotices;
  /** What a case may concern (CASE_CATEGORIES), in the order the case page offers them. */
  caseCategories: readonly string[];
  /** The sender, letterhead and customer service's number in messages to residents (MUNICIPALITY_*, CUSTOMER_SERVICE_PHONE). */
  residentMessages?: ResidentMessageSettings;
}
