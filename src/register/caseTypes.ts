/**
 * The vocabulary of the register of synpunkter och klagomål.
 * Swedish domain words are kept where they are the real name:
 *  - klagomål: a complaint; synpunkt: an opinion; förslag: a suggestion; beröm: praise.
 * Codes are ASCII so they survive URLs, CSV exports and keypads; the SQL check constraints in db/ mirror them.
 */
export const CASE_KINDS = ['klagomal', 'synpunkt', 'forslag', 'berom'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Verksamhet / område: the service area the case concerns. */
export const SERVICE_AREAS = [
  'aldreomsorg',
  'stod_och_service',
  'individ_och_familjeomsorg',
  'halso_och_sjukvard',
  'annat',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const CHANNELS = ['phone', 'chat', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ON_BEHALF = ['self', 'relative', 'other'] as const;
export type OnBehalf = (typeof ON_BEHALF)[number];

/** How the resident wants återkoppling (a reply). */
export const REPLY_METHODS = ['phone', 'email', 'letter'] as const;
export type ReplyMethod = (typeof REPLY_METHODS)[number];

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CASE_STATUS = {
  registered: 'registered',
  routed: 'routed',
  investigating: 'investigating',
  answered: 'answered',
  closed: 'closed',
  /** An interrupted intake (hang-up, voice message): kept for an agent to follow up. */
  incomplete: 'incomplete',
} as const;
export type CaseStatus = (typeof CASE_STATUS)[keyof typeof CASE_STATUS];
export const CASE_STATUSES = Object.values(CASE_STATUS) as CaseStatus[];

/** Swedish municipalities keep Swedish time: case years, deadlines, opening hours and callback windows follow it. */
export { SWEDISH_TIME_ZONE as MUNICIPALITY_TIME_ZONE } from '../domain/calendar/zonedTime';
