// `npm run build` compiles only TypeScript; the files the service reads by path at run time are copied beside the
// compiled code, where the same relative paths (from __dirname) find them.
import fs from 'node:fs';
import path from 'node:path';

const outDir = process.argv[2] ?? 'dist';
const RUNTIME_FILES = ['db', 'src/webchat/assets', 'src/agent/assets'];

for (const dir of RUNTIME_FILES) {
  fs.cpSync(dir, path.join(outDir, dir), { recursive: true });
}
