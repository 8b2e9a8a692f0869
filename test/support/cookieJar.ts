/** Keeps cookies from Set-Cookie lines as a browser would for one site: a cleared or expired one is dropped. */
export function rememberCookies(jar: Map<string, string>, setCookieLines: readonly string[]): void {
  for (const line of setCookieLines) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq);
    const value = pair!.slice(eq + 1);
    if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

/** The Cookie header for what the jar holds. */
export const cookieHeaderOf = (jar: ReadonlyMap<string, string>): string => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
