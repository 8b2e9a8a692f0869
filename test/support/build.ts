import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './serviceProcess';

export interface Build {
  /** The folder the build went to, laid out as `dist/` is. */
  dir: string;
  /** The compiled entry point, as production runs it: `node <main>`. */
  main: string;
  /** The project the build came from (for `npm start`). */
  projectRoot: string;
  remove(): void;
}

/**
 * Builds as `npm run build` does, into a temporary folder instead of dist/ (so a test never races a developer's
 * build); the project's node_modules is linked beside it, where Node looks for packages from the compiled code.
 */
export function buildInto(): Build {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-build-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dir], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/copyRuntimeFiles.mjs', dir], { cwd: ROOT, stdio: 'pipe' });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    main: path.join(dir, 'src/main.js'),
    projectRoot: ROOT,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
