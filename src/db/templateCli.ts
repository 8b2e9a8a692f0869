import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from './migrations';
import { pgliteDatabase, startPglite } from './pglite';
import { defaultTemplateFiles, templateIsCurrent, writeTemplate } from './pgliteTemplate';

/**
 * Run by `npm install` (postinstall): makes the embedded database's template (see pgliteTemplate.ts), so that the
 * first `npm start` on a new data folder skips initdb. A failure here only makes that start slower: it is told,
 * and the install goes on.
 */
async function main(): Promise<void> {
  if (templateIsCurrent()) return;
  const began = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-template-'));
  try {
    const pglite = await startPglite(work, null);
    try {
      await migrate(pgliteDatabase(pglite));
      await writeTemplate(await pglite.dumpDataDir('gzip'));
    } finally {
      await pglite.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`The embedded database's template is ready (${((Date.now() - began) / 1000).toFixed(1)} s): ${defaultTemplateFiles().tarball}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`No template for the embedded database (${(err as Error).message}); a new data folder is set up from scratch instead, a few seconds slower.\n`);
});
