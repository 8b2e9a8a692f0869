/**
 * A new embedded database is mostly PostgreSQL's initdb (about 4 s of WebAssembly on two cores) and then the
 * migrations, and both give the same files every time. So `npm install` makes them once (postinstall, through
 * `templateCli.ts`) into a template beside the installed PGlite, and a new data folder starts as an unpacked
 * copy of it. The template holds the schema only, never a case.
 *
 * It is used only when the installed PGlite made it and its migrations are db/'s first ones, unchanged; the
 * migrations added since are applied as usual. Anything else (no template, another PGlite, an edited migration)
 * falls back to initdb, so a stale template can make a start slower, never wrong.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readMigrations, type Migration } from './migrations';

export interface TemplateManifest {
  pglite: string;
  migrations: { id: string; sha256: string }[];
}

export interface TemplateFiles {
  tarball: string;
  manifest: string;
}

/** The installed PGlite's folder and version (its package.json is not among its exports, so found by path). */
function installedPglite(): { dir: string; version: string } {
  let dir = path.dirname(require.resolve('@electric-sql/pglite'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

/** node_modules/.cache/synpunkt: made anew by every install, like the PGlite it was made with. */
export function defaultTemplateFiles(): TemplateFiles {
  const cache = path.resolve(installedPglite().dir, '../../.cache/synpunkt');
  return { tarball: path.join(cache, 'pglite-template.tar.gz'), manifest: path.join(cache, 'pglite-template.json') };
}

function manifestOf(migrations: readonly Migration[]): TemplateManifest {
  return {
    pglite: installedPglite().version,
    migrations: migrations.map((m) => ({ id: m.id, sha256: createHash('sha256').update(m.sql).digest('hex') })),
  };
}

/** Whether a template made as `made` can stand for the first migrations of `now`. */
export function templateFits(made: TemplateManifest, now: TemplateManifest): boolean {
  return (
    made.pglite === now.pglite &&
    made.migrations.length <= now.migrations.length &&
    made.migrations.every((m, i) => m.id === now.migrations[i]!.id && m.sha256 === now.migrations[i]!.sha256)
  );
}

/** The manifest of the template in place, when one is and it fits the installed PGlite and db/; else null. */
function fittingManifest(files: TemplateFiles, migrations: readonly Migration[]): TemplateManifest | null {
  try {
    const made = JSON.parse(fs.readFileSync(files.manifest, 'utf8')) as TemplateManifest;
    return templateFits(made, manifestOf(migrations)) && fs.existsSync(files.tarball) ? made : null;
  } catch {
    // No template, or a half-written one: initdb does what it would have.
    return null;
  }
}

/** The template's tarball when it fits the installed PGlite and db/, else null. */
export function readTemplate(files = defaultTemplateFiles(), migrations = readMigrations()): Blob | null {
  if (!fittingManifest(files, migrations)) return null;
  try {
    return new Blob([fs.readFileSync(files.tarball)]);
  } catch {
    return null;
  }
}

/** Whether the template stands for every migration in db/ (so making it again would give the same). */
export function templateIsCurrent(files = defaultTemplateFiles(), migrations = readMigrations()): boolean {
  return fittingManifest(files, migrations)?.migrations.length === migrations.length;
}

/** Puts a packed database in place as the template: renamed into place, the manifest last, so a reader never takes a half-written tarball for one. */
export async function writeTemplate(tarball: Blob, files = defaultTemplateFiles(), migrations = readMigrations()): Promise<void> {
  fs.mkdirSync(path.dirname(files.tarball), { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  fs.writeFileSync(files.tarball + suffix, Buffer.from(await tarball.arrayBuffer()));
  fs.writeFileSync(files.manifest + suffix, JSON.stringify(manifestOf(migrations)));
  fs.rmSync(files.manifest, { force: true });
  fs.renameSync(files.tarball + suffix, files.tarball);
  fs.renameSync(files.manifest + suffix, files.manifest);
}
