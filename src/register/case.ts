import type { CaseKind, CaseStatus, Channel, Language, OnBehalf, ReplyMethod, ServiceArea } from '../domain';

/** A case in the register, as the agent workspace and the channels see it. */
export interface Case {
  id: number;
  reference: string;
  status: CaseStatus;
  kind: CaseKind | null;
  area: ServiceArea | null;
  channel: Channel;
  what: string | null;
  whenWhere: string | null;
  consequences: string | null;
  onBehalf: OnBehalf | null;
  anonymous: boolean;
  replyMethod: ReplyMethod | null;
  contact: { name: string | null; phone: string | null; email: string | null };
  language: Language;
  serious: boolean;
  confidential: boolean;
  unit: string | null;
  source: { callSid: string | null; conversationId: string | null; recordingUrl: string | null; agent: string | null };
  registeredAt: Date;
  newsDue: Date;
  answerDue: Date;
  updatedAt: Date;
}

export const CASE_COLUMNS = `id, reference, status, kind, area, channel, what, when_where, consequences, on_behalf,
  anonymous, reply_method, contact_name, contact_phone, contact_email, language, serious, confidential, unit,
  source_call_sid, source_conversation_id, source_recording_url, source_agent, registered_at, news_due, answer_due,
  updated_at`;

export interface CaseRow {
  id: number;
  reference: string;
  status: CaseStatus;
  kind: CaseKind | null;
  area: ServiceArea | null;
  channel: Channel;
  what: string | null;
  when_where: string | null;
  consequences: string | null;
  on_behalf: OnBehalf | null;
  anonymous: boolean;
  reply_method: ReplyMethod | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  language: Language;
  serious: boolean;
  confidential: boolean;
  unit: string | null;
  source_call_sid: string | null;
  source_conversation_id: string | null;
  source_recording_url: string | null;
  source_agent: string | null;
  registered_at: Date;
  news_due: Date;
  answer_due: Date;
  updated_at: Date;
}

export function caseFromRow(r: CaseRow): Case {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    kind: r.kind,
    area: r.area,
    channel: r.channel,
    what: r.what,
    whenWhere: r.when_where,
    consequences: r.consequences,
    onBehalf: r.on_behalf,
    anonymous: r.anonymous,
    replyMethod: r.reply_method,
    contact: { name: r.contact_name, phone: r.contact_phone, email: r.contact_email },
    language: r.language,
    serious: r.serious,
    confidential: r.confidential,
    unit: r.unit,
    source: {
      callSid: r.source_call_sid,
      conversationId: r.source_conversation_id,
      recordingUrl: r.source_recording_url,
      agent: r.source_agent,
    },
    registeredAt: r.registered_at,
    newsDue: r.news_due,
    answerDue: r.answer_due,
    updatedAt: r.updated_at,
  };
}
