// Three suites: unit (pure, fast), integration (real PostgreSQL), e2e (HTTP, Direct Line, Chromium).
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

module.exports = {
  projects: [project('unit'), project('integration', { testTimeout: 30000 }), project('e2e', { testTimeout: 60000 })],
};
