/**
 * The vocabulary of the register of synpunkter och klagomål.
 * Swedish domain words are kept where they are the real name:
 *  - klagomål: a complaint; synpunkt: an opinion; förslag: a suggestion; beröm: praise.
 * Codes are ASCII so they survive URLs, CSV exports and keypads; the SQL check constraints in db/ mirror them.
 */
export const CASE_KINDS = ['klagomal', 'synpunkt', 'forslag', 'berom'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
/** The kinds in Swedish, as staff pages and staff e-mails name them. */
export const CASE_KIND_LABELS: Readonly<Record<CaseKind, string>> = { klagomal: 'Klagomål', synpunkt: 'Synpunkt', forslag: 'Förslag', berom: 'Beröm' };

/** Verksamhet / område: the service area the case concerns. */
export const SERVICE_AREAS = [
  'aldreomsorg',
  'stod_och_service',
  'individ_och_familjeomsorg',
  'halso_och_sjukvard',
  'annat',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];
/** The service areas in Swedish, as staff pages and staff e-mails name them. */
export const SERVICE_AREA_LABELS: Readonly<Record<ServiceArea, string>> = {
  aldreomsorg: 'Äldreomsorg',
  stod_och_service: 'Stöd och service (LSS)',
  individ_och_familjeomsorg: 'Individ- och familjeomsorg',
  halso_och_sjukvard: 'Kommunal hälso- och sjukvård',
  annat: 'Annat',
};

export const ON_BEHALF = ['self', 'relative', 'other'] as const;
export type OnBehalf = (typeof ON_BEHALF)[number];

/** How the resident wants återkoppling (a reply). */
export const REPLY_METHODS = ['phone', 'email', 'letter'] as const;
export type ReplyMethod = (typeof REPLY_METHODS)[number];

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

/** What a resident may say in one free-text answer; longer is refused, never silently cut. */
export const MAX_TEXT_LENGTH = 8000;
