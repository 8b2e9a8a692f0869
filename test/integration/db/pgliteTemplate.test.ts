import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, readMigrations } from '../../../src/db/migrations';
import { openPglite, pgliteDatabase, startPglite } from '../../../src/db/pglite';
import { templateIsCurrent, writeTemplate, type TemplateFiles, type TemplateManifest } from '../../../src/db/pgliteTemplate';
import { registerCase } from '../../../src/intake/registration';
import { phoneComplaint } from '../../support/cases';
import { deadlinesNow } from '../../support/calendar';

// A template made before the newest migration was written: a new folder must start from it and get the rest.
const all = readMigrations();
const older = all.slice(0, -1);
const newest = all[all.length - 1]!.id;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-template-test-'));
const files: TemplateFiles = { tarball: path.join(root, 'cache/t.tar.gz'), manifest: path.join(root, 'cache/t.json') };
let folders = 0;
const newFolder = () => path.join(root, `data-${++folders}`);

beforeAll(async () => {
  const work = newFolder();
  const pglite = await startPglite(work, null);
  try {
    await migrate(pgliteDatabase(pglite), older);
    await writeTemplate(await pglite.dumpDataDir('gzip'), files, older);
  } finally {
    await pglite.close();
  }
}, 60_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function appliedOnOpening(template: TemplateFiles | null, dir = newFolder()): Promise<string[]> {
  const db = await openPglite(dir, { template });
  try {
    const applied = await migrate(db);
    // Whatever the way, the register works afterwards.
    const { case: c } = await registerCase(db, phoneComplaint(), 'resident:phone', deadlinesNow());
    expect(c.reference).toMatch(/^\d{4}-\d{5}$/);
    return applied;
  } finally {
    await db.close();
  }
}

function editManifest(change: (m: TemplateManifest) => TemplateManifest): TemplateFiles {
  const edited = { ...files, manifest: path.join(root, `cache/edited-${++folders}.json`) };
  const made = JSON.parse(fs.readFileSync(files.manifest, 'utf8')) as TemplateManifest;
  fs.writeFileSync(edited.manifest, JSON.stringify(change(made)));
  return edited;
}

describe("a new embedded database from the install's template", () => {
  it('is made again by the next install only when db/ has a migration it lacks', () => {
    expect(templateIsCurrent(files, older)).toBe(true);
    expect(templateIsCurrent(files, all)).toBe(false);
  });

  it('starts from the template and applies only the migrations written since', async () => {
    expect(await appliedOnOpening(files)).toEqual([newest]);
  }, 60_000);

  it('is not used for a folder that already holds a database', async () => {
    const dir = newFolder();
    await appliedOnOpening(null, dir);
    expect(await appliedOnOpening(files, dir)).toEqual([]);
  }, 60_000);

  it.each<[string, (m: TemplateManifest) => TemplateManifest]>([
    ['another PGlite made it', (m) => ({ ...m, pglite: '0.0.1' })],
    ['one of its migrations was edited since', (m) => ({ ...m, migrations: m.migrations.map((x, i) => (i === 3 ? { ...x, sha256: 'edited' } : x)) })],
  ])('is not used when %s: the folder is set up from scratch', async (_why, change) => {
    expect(await appliedOnOpening(editManifest(change))).toEqual(all.map((m) => m.id));
  }, 60_000);

  it('is not used when its manifest is missing (a template half written)', async () => {
    expect(await appliedOnOpening({ ...files, manifest: path.join(root, 'cache/none.json') })).toEqual(all.map((m) => m.id));
  }, 60_000);
});
