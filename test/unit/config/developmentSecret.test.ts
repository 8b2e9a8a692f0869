import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { developmentSecret } from '../../../src/config/developmentSecret';

describe('a development secret in the data folder', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-secret-')), 'data');
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('is made once, readable only by its owner, and the same after a restart', () => {
    const first = developmentSecret(dir, 'token');
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(path.join(dir, 'token')).mode & 0o777).toBe(0o600);
    expect(developmentSecret(dir, 'token')).toBe(first);
    expect(developmentSecret(dir, 'other')).not.toBe(first);
  });
});
