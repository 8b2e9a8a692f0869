import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { cookieHeaderOf, rememberCookies } from './cookieJar';

export interface HttpsAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * HTTPS to a name the machine does not resolve (the public name of a proxy on loopback), trusting one CA, from a
 * chosen loopback source address (a resident of its own), with a browser's cookie jar.
 */
export class HttpsClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly target: { name: string; port: number; ca: string },
    /** The client's own address, 127.x.y.z: the proxy sees each client as a different resident. */
    readonly from = '127.0.0.1',
  ) {}

  get origin(): string {
    return `https://${this.target.name}:${this.target.port}`;
  }

  cookieNames(): string[] {
    return [...this.cookies.keys()];
  }

  request(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<HttpsAnswer> {
    const cookie = cookieHeaderOf(this.cookies);
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: '127.0.0.1',
          port: this.target.port,
          servername: this.target.name,
          ca: this.target.ca,
          localAddress: this.from,
          agent: false,
          method,
          path,
          headers: {
            Host: `${this.target.name}:${this.target.port}`,
            ...(cookie ? { Cookie: cookie } : {}),
            ...(options.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(options.body)) }),
            ...options.headers,
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.once('end', () => {
            rememberCookies(this.cookies, res.headers['set-cookie'] ?? []);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
          res.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(options.body);
    });
  }
}
