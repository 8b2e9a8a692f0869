import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../../src/config/config';

const ROOT = path.join(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** What config.ts reads: its schema's keys, and any env.NAME it reads beside the schema. */
const READ = new Set([...CONFIG_VARIABLES, ...[...read('src/config/config.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!)]);

/** VAR=value lines of .env.example, on (VAR=…) or off (# VAR=…). */
const example = read('.env.example');
const exampleLines = [...example.matchAll(/^(#\s*)?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => ({ on: !m[1], name: m[2]!, value: m[3]! }));

/** The variables named in backticks in the rows of the README's Configuration table. */
function readmeTableVariables(): Set<string> {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## Configuration'));
  const table = section.slice(0, section.search(/\n#{2,3} (?!Configuration)/));
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return new Set(rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!)));
}

describe('every setting is documented where an operator looks', () => {
  it('reads the variables this test knows to look for', () => {
    expect(READ.size).toBeGreaterThan(30);
    expect(READ).toContain('CHAT_TOKEN_SECRET');
  });

  it('.env.example names every variable config.ts reads, and none it does not', () => {
    const named = new Set(exampleLines.map((line) => line.name));
    expect([...READ].filter((v) => !named.has(v))).toEqual([]);
    expect([...named].filter((v) => !READ.has(v))).toEqual([]);
  });

  it("the README's configuration table names every variable config.ts reads, and none it does not", () => {
    const named = readmeTableVariables();
    expect([...READ].filter((v) => !named.has(v))).toEqual([]);
    expect([...named].filter((v) => !READ.has(v))).toEqual([]);
  });

  it('.env.example holds no secret: copied as it is, production names exactly the secrets still to set', () => {
    const env = Object.fromEntries(exampleLines.filter((line) => line.on).map((line) => [line.name, line.value]));
    expect(env.NODE_ENV).toBe('production');
    let problems: readonly string[] = [];
    try {
      loadConfig(env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems = err.problems;
    }
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['TWILIO_AUTH_TOKEN', 'CHAT_TOKEN_SECRET', 'RESIDENT_LINK_SECRET']);
  });

  it('.env.example is a working configuration once the secrets are set', () => {
    const env = Object.fromEntries(exampleLines.filter((line) => line.on).map((line) => [line.name, line.value]));
    expect(() => loadConfig({ ...env, TWILIO_AUTH_TOKEN: 'from-the-twilio-console', CHAT_TOKEN_SECRET: 'x'.repeat(48), RESIDENT_LINK_SECRET: 'y'.repeat(48) })).not.toThrow();
  });
});
