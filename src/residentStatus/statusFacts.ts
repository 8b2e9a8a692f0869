import type { CaseKind, CaseStatus, Language, ServiceArea } from '../domain';
import type { Case } from '../register/case';
import { hasBeenAnswered, type ResidentDates } from '../register/caseReopening';

/**
 * What a resident may hear about a case: its status, its unit and its dates. Never what was said, nor who said it:
 * whoever proves the right number hears this and nothing more.
 */
export interface StatusFacts {
  caseId: number;
  reference: string;
  kind: CaseKind | null;
  status: CaseStatus;
  area: ServiceArea | null;
  unitName: string | null;
  registeredAt: Date;
  newsDue: Date;
  newsGivenAt: Date | null;
  answerDue: Date;
  answerGivenAt: Date | null;
  /** The answer can be taken further ("not satisfied"). */
  answered: boolean;
  language: Language;
}

export function statusFactsOf(c: Case, dates: ResidentDates, unitName: string | null): StatusFacts {
  return {
    caseId: c.id,
    reference: c.reference,
    kind: c.kind,
    status: c.status,
    area: c.area,
    unitName,
    registeredAt: c.registeredAt,
    newsDue: c.newsDue,
    newsGivenAt: dates.newsGivenAt,
    answerDue: c.answerDue,
    answerGivenAt: dates.answerGivenAt,
    answered: hasBeenAnswered(c, dates),
    language: c.language,
  };
}

/** Where to turn after the municipality: IVO for social services and LSS, Patientnämnden for its health care. */
export type WhereNext = 'ivo' | 'patientnamnden' | 'both';

export function whereNextFor(area: ServiceArea | null): WhereNext {
  if (area === 'halso_och_sjukvard') return 'patientnamnden';
  if (area === null || area === 'annat') return 'both';
  return 'ivo';
}
