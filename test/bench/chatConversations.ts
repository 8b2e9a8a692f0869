import type autocannon from 'autocannon';

export const DL = '/v3/directline';

/** One resident's answers, from the menu to sending: a complaint with the answer by e-mail. */
export const ANSWERS: { text: string; value?: string }[] = [
  { text: 'Synpunkter, klagomål eller beröm', value: '1' },
  { text: 'Klagomål', value: '1' },
  { text: 'Äldreomsorg', value: '1' },
  { text: 'Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.' },
  { text: 'Hoppa över', value: '#' },
  { text: 'hoppa över' },
  { text: 'En närstående', value: '2' },
  { text: 'Nej', value: '2' },
  { text: 'Ja', value: '1' },
  { text: 'Karin Andersson' },
  { text: 'E-post', value: '2' },
  { text: 'karin@example.se' },
  { text: 'Skicka', value: '1' },
];

interface ChatContext {
  token?: string;
  conversationId?: string;
  watermark?: string;
  sentAt?: bigint;
  turn?: number;
}

export const json = (body: unknown, token?: string) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

/**
 * One resident's whole chat as autocannon requests, polling as botframework-directlinejs does without a socket.
 * Turn latencies (a posted answer, until its id comes back) go to turnMs: autocannon mixes every request.
 */
export function conversationRequests(turnMs: number[] = []): autocannon.Request[] {
  const token: autocannon.Request = {
    method: 'POST',
    path: `${DL}/tokens/generate`,
    onResponse: (_status, body, context: ChatContext) => {
      const issued = JSON.parse(body) as { token: string; conversationId: string };
      Object.assign(context, { token: issued.token, conversationId: issued.conversationId, watermark: '', turn: 0 });
    },
  };
  const start: autocannon.Request = {
    setupRequest: (req, context: ChatContext) => ({ ...req, path: `${DL}/conversations`, ...json({ locale: 'sv-SE' }, context.token) }),
  };
  const read: autocannon.Request = {
    setupRequest: (req, context: ChatContext) => ({
      ...req,
      method: 'GET',
      path: `${DL}/conversations/${context.conversationId}/activities?watermark=${context.watermark}`,
      headers: { authorization: `Bearer ${context.token}` },
    }),
    onResponse: (_status, body, context: ChatContext) => {
      context.watermark = (JSON.parse(body) as { watermark: string }).watermark;
    },
  };
  const turns = ANSWERS.flatMap<autocannon.Request>((answer, i) => [
    {
      setupRequest: (req, context: ChatContext) => {
        context.sentAt = process.hrtime.bigint();
        const activity = { type: 'message', from: { id: 'bench' }, ...answer, channelData: { clientActivityID: `${context.conversationId}-${i}` } };
        return { ...req, path: `${DL}/conversations/${context.conversationId}/activities`, ...json(activity, context.token) };
      },
      onResponse: (_status, _body, context: ChatContext) => {
        if (context.sentAt !== undefined) turnMs.push(Number(process.hrtime.bigint() - context.sentAt) / 1e6);
      },
    },
    read,
  ]);
  return [token, start, read, ...turns];
}
