import { templateFits, type TemplateManifest } from '../../../src/db/pgliteTemplate';

const m = (id: string, sha256 = `sha-${id}`) => ({ id, sha256 });
const now: TemplateManifest = { pglite: '0.5.16', migrations: [m('001_a'), m('002_b'), m('003_c')] };

describe('whether the embedded database template can stand for the first migrations', () => {
  it.each<[string, TemplateManifest, boolean]>([
    ['the same migrations, same PGlite', now, true],
    ['the first migrations of db/ (the rest applied after)', { pglite: '0.5.16', migrations: [m('001_a'), m('002_b')] }, true],
    ['no migrations at all (initdb only)', { pglite: '0.5.16', migrations: [] }, true],
    ['another PGlite made it', { ...now, pglite: '0.5.15' }, false],
    ['a migration edited since', { pglite: '0.5.16', migrations: [m('001_a'), m('002_b', 'other')] }, false],
    ['a migration db/ no longer has', { pglite: '0.5.16', migrations: [m('001_a'), m('002_x')] }, false],
    ['more migrations than db/ holds', { pglite: '0.5.16', migrations: [...now.migrations, m('004_d')] }, false],
    ['the same migrations in another order', { pglite: '0.5.16', migrations: [m('002_b'), m('001_a')] }, false],
  ])('%s → %s', (_what, made, fits) => {
    expect(templateFits(made, now)).toBe(fits);
  });
});
