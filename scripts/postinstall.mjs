// `npm install` and `npm ci` end here: the embedded database's template is made (src/db/pgliteTemplate.ts), so the
// first `npm start` on a new data folder skips PostgreSQL's initdb. From the sources where they are (a clone), from
// the build where only it was deployed; never failing the install, which only makes that first start slower.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = fs.existsSync('src/db/templateCli.ts')
  ? ['--import', 'tsx', 'src/db/templateCli.ts']
  : fs.existsSync('dist/src/db/templateCli.js')
    ? ['dist/src/db/templateCli.js']
    : null;
if (run) spawnSync(process.execPath, run, { stdio: 'inherit' });
