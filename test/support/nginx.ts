import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { accepts } from './ports';
import { ROOT } from './serviceProcess';

/** The deployment example the tests run: deploy/nginx/synpunkt.conf. */
export const NGINX_SITE = path.join(ROOT, 'deploy/nginx/synpunkt.conf');

export interface LoopbackSite {
  /** The public name (server_name and the certificate's). */
  name: string;
  httpPort: number;
  httpsPort: number;
  upstreams: number[];
  certificate: string;
  key: string;
}

/**
 * deploy/nginx/synpunkt.conf with only what a loopback test must change: listening ports, upstream ports, the
 * name and the certificate's files. Each change must find its line, so the test fails when the example changes
 * shape instead of quietly testing something else.
 */
export function siteForLoopback(site: LoopbackSite, text = fs.readFileSync(NGINX_SITE, 'utf8')): string {
  const swaps: Array<[RegExp, string | ((...args: string[]) => string)]> = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${site.httpPort};`],
    [/^(\s*)listen 443 ssl;$/m, `$1listen 127.0.0.1:${site.httpsPort} ssl;`],
    [/server_name synpunkt\.example\.se;/g, `server_name ${site.name};`],
    [/ssl_certificate\s+\/etc\/ssl\/synpunkt\/fullchain\.pem;/, `ssl_certificate ${site.certificate};`],
    [/ssl_certificate_key\s+\/etc\/ssl\/synpunkt\/privkey\.pem;/, `ssl_certificate_key ${site.key};`],
  ];
  let out = text;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(out)) throw new Error(`deploy/nginx/synpunkt.conf has no line matching ${pattern}`);
    pattern.lastIndex = 0;
    out = out.replace(pattern, replacement as string);
  }
  const servers = [...out.matchAll(/^(\s*)server 127\.0\.0\.1:\d+( [^;]*)?;$/gm)];
  if (servers.length !== site.upstreams.length) throw new Error(`deploy/nginx/synpunkt.conf names ${servers.length} upstream servers, the test runs ${site.upstreams.length}`);
  let i = 0;
  return out.replace(/^(\s*)server 127\.0\.0\.1:\d+/gm, (_m, indent: string) => `${indent}server 127.0.0.1:${site.upstreams[i++]}`);
}

/** A self-signed certificate for the name (subjectAltName DNS), made by openssl in dir. */
export function selfSignedCertificate(dir: string, name: string): { certificate: string; key: string } {
  const certificate = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name}`, '-keyout', key, '-out', certificate], { stdio: 'pipe' });
  return { certificate, key };
}

export interface RunningNginx {
  output(): string;
  /** The user id the master process runs as. */
  uid(): number;
  stop(): Promise<void>;
}

/** Debian's nginx binary; CI installs nginx-light when it is missing. */
export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  throw new Error('These tests need nginx (Debian: apt-get install -y nginx-light; .ci/run does it)');
}

/**
 * nginx in the foreground with its own prefix and configuration in dir, as an unprivileged user (nobody when the
 * tests run as root), serving the site; resolves once it accepts on the site's HTTPS port.
 */
export async function startNginx(dir: string, siteText: string, httpsPort: number): Promise<RunningNginx> {
  fs.writeFileSync(path.join(dir, 'synpunkt.conf'), siteText);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/synpunkt.conf;
}
`,
  );
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })) } : null;
  if (user) {
    for (const file of fs.readdirSync(dir)) fs.chownSync(path.join(dir, file), user.uid, user.gid);
    fs.chownSync(dir, user.uid, user.gid);
  }
  const child = spawn(nginxBinary(), ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ?? {}),
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${out}`);
    if (await accepts(httpsPort)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not listen on ${httpsPort} in 20 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    output: () => out,
    uid: () => Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]),
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}
