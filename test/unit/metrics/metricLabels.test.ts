import { labelValue, OTHER_LABEL, routeLabel } from '../../../src/metrics/metricLabels';
import { metricsAccess } from '../../../src/metrics/metricsAccess';

describe('label values', () => {
  it.each([
    ['a step id', 'whenWhere', 'whenWhere'],
    ['a snake_case code', 'individ_och_familjeomsorg', 'individ_och_familjeomsorg'],
    ['a route template', '/v3/directline/conversations/:conversationId/activities', '/v3/directline/conversations/:conversationId/activities'],
    ['a phone number', '+46701234567', OTHER_LABEL],
    ['digits without a plus', '0701234567', OTHER_LABEL],
    ['a personnummer', '19650312-4417', OTHER_LABEL],
    ['a case reference', '2026-00042', OTHER_LABEL],
    ['an e-mail address', 'karin@example.se', OTHER_LABEL],
    ['a name with a space', 'Karin Andersson', OTHER_LABEL],
    ['a name with Swedish letters', 'Åsa', OTHER_LABEL],
    ['a raw path with a call sid', '/voice/CA0123456789abcdef0123456789abcdef', OTHER_LABEL],
    ['something very long', 'a'.repeat(65), OTHER_LABEL],
    ['empty', '', OTHER_LABEL],
    ['null', null, OTHER_LABEL],
    ['undefined', undefined, OTHER_LABEL],
  ])('%s: %p → %p', (_what, value, expected) => {
    expect(labelValue(value)).toBe(expected);
  });

  it.each([
    ['a route on the root router', '', '/voice/answer', '/voice/answer'],
    ['a route in a mounted router', '/agent', '/cases/:reference', '/agent/cases/:reference'],
    ['no route (a 404, a middleware that answered)', '', undefined, OTHER_LABEL],
    ['a regular-expression route', '', /^\/x/, OTHER_LABEL],
  ])('%s', (_what, baseUrl, path, expected) => {
    expect(routeLabel(baseUrl, path)).toBe(expected);
  });
});

describe('who may read /metrics', () => {
  const TOKEN = 'a-metrics-token-of-at-least-thirty-two-characters';
  it.each([
    ['this machine, IPv4', '127.0.0.1', '127.0.0.1', undefined, null, 'allowed'],
    ['this machine, IPv6', '::1', '::1', undefined, null, 'allowed'],
    ['this machine, IPv4 in IPv6', '::ffff:127.0.0.1', '::ffff:127.0.0.1', undefined, TOKEN, 'allowed'],
    ['another machine, no token set', '192.0.2.7', '192.0.2.7', undefined, null, 'forbidden'],
    ['another machine with a token when none is set', '192.0.2.7', '192.0.2.7', `Bearer ${TOKEN}`, null, 'forbidden'],
    ['another machine without the token', '192.0.2.7', '192.0.2.7', undefined, TOKEN, 'needsToken'],
    ['another machine with a wrong token', '192.0.2.7', '192.0.2.7', 'Bearer wrong', TOKEN, 'needsToken'],
    ['another machine with the token', '192.0.2.7', '192.0.2.7', `Bearer ${TOKEN}`, TOKEN, 'allowed'],
    ['another machine with the token, bearer in lower case', '192.0.2.7', '192.0.2.7', `bearer ${TOKEN}`, TOKEN, 'allowed'],
    ['the internet through the local proxy', '127.0.0.1', '203.0.113.9', undefined, null, 'forbidden'],
    ['the internet through the local proxy, with the token', '127.0.0.1', '203.0.113.9', `Bearer ${TOKEN}`, TOKEN, 'allowed'],
    ['a client claiming loopback to a proxy believed by hop count', '192.0.2.7', '127.0.0.1', undefined, null, 'forbidden'],
  ] as const)('%s', (_what, socketAddress, clientAddress, authorization, token, expected) => {
    expect(metricsAccess({ socketAddress, clientAddress, authorization }, token)).toBe(expected);
  });
});
