import { isLoopbackUrl, replyDeliveryFor } from '../../../src/channels/chat/replyDelivery';

describe('where /api/messages replies go', () => {
  it.each([
    // authenticated (an app id): Azure's serviceUrl, as the Bot Framework does
    [true, true, 'https://smba.trafficmanager.net/emea/', 'serviceUrl'],
    [true, false, 'https://smba.trafficmanager.net/emea/', 'serviceUrl'],
    // development without an app id: only the Emulator on this machine
    [false, false, 'http://localhost:54321', 'serviceUrl'],
    [false, false, 'http://127.0.0.1:54321/', 'serviceUrl'],
    [false, false, 'http://[::1]:54321/', 'serviceUrl'],
    [false, false, 'https://smba.trafficmanager.net/emea/', 'response'],
    [false, false, 'http://192.0.2.2:54321/', 'response'],
    [false, false, undefined, 'response'],
    // production without an app id: never posted anywhere, not even to this machine
    [false, true, 'http://localhost:54321', 'response'],
    [false, true, 'http://127.0.0.1:54321/', 'response'],
  ])('authenticated %s, production %s, serviceUrl %s → %s', (authenticated, isProduction, serviceUrl, expected) => {
    expect(replyDeliveryFor({ authenticated, isProduction, serviceUrl })).toBe(expected);
  });
});

describe('a loopback serviceUrl', () => {
  it.each([
    ['http://localhost:3978', true],
    ['http://LOCALHOST:3978', true],
    ['http://127.0.0.1:3978', true],
    ['http://127.255.10.1/', true],
    ['http://2130706433/', true],
    ['https://[::1]:3978/', true],
    ['http://127.0.0.1.example.com/', false],
    ['http://localhost.example.com/', false],
    ['http://user@127.0.0.1/', false],
    ['ftp://127.0.0.1/', false],
    ['http://10.0.0.1/', false],
    ['http://[::ffff:10.0.0.1]/', false],
    ['not a url', false],
    [42, false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
