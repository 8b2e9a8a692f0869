import { addressKey } from '../../../src/agent/loginThrottle';
import { createPasswordHasher } from '../../../src/agent/passwordHasher';
import { hashPassword, hasCost, SCRYPT_COST, verifyPassword } from '../../../src/agent/passwords';
import { createWorkLimit, TooBusyError } from '../../../src/tasks/workLimit';

const LOW = { N: 2 ** 10, r: 8, p: 1 };

describe('the scrypt cost', () => {
  it("is OWASP's N=2^17, r=8, p=1 by default, which needs more memory than Node allows by default", async () => {
    expect(SCRYPT_COST).toEqual({ N: 131072, r: 8, p: 1 });
    // One hash at the full cost (~0.2–1 s); every other test injects a lower one.
    expect(await hashPassword('ett långt lösenord')).toMatch(/^scrypt\$131072\$8\$1\$[\w+/]+=*\$[\w+/]+=*$/);
  });

  it('tells a hash of other parameters from a current one', async () => {
    const old = await hashPassword('ett långt lösenord', { N: 2 ** 14, r: 8, p: 1 });
    expect(hasCost(old, SCRYPT_COST)).toBe(false);
    expect(hasCost(old, { N: 2 ** 14, r: 8, p: 1 })).toBe(true);
    expect(hasCost('scrypt$1310720$8$1$x$y', SCRYPT_COST)).toBe(false);
    expect(await verifyPassword('ett långt lösenord', old)).toBe(true);
    expect(await verifyPassword('ett annat lösenord', old)).toBe(false);
  });
});

describe('a work limit', () => {
  it('runs at most `concurrency` at once, queues up to `maxWaiting` and refuses the rest at once', async () => {
    const limit = createWorkLimit(2, 3);
    let running = 0;
    let most = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const work = () =>
      limit.run(async () => {
        most = Math.max(most, ++running);
        await gate;
        running--;
        return 'done';
      });
    const runs = Array.from({ length: 5 }, work);
    const sixth = work();
    open();
    await expect(sixth).rejects.toBeInstanceOf(TooBusyError);
    expect(await Promise.all(runs)).toEqual(Array(5).fill('done'));
    expect(most).toBe(2);
    // Once the queue has drained there is room again.
    await expect(work()).resolves.toBe('done');
  });

  it('keeps a password hasher to its limit: a flood of logins waits or is told "busy", never piles onto the threads', async () => {
    const passwords = createPasswordHasher({ cost: LOW, concurrency: 1, maxWaiting: 2 });
    const stored = await passwords.hash('ett långt lösenord');
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => passwords.verify('ett långt lösenord', stored)));
    expect(results.filter((r) => r.status === 'fulfilled' && r.value === true)).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof TooBusyError)).toHaveLength(3);
  });

  it('checks an unknown username against a hash at the same cost, and says no', async () => {
    const passwords = createPasswordHasher({ cost: LOW });
    expect(await passwords.verify('ett långt lösenord', null)).toBe(false);
  });
});

describe('the address a login is counted under', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s → %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});
