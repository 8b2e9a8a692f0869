// Three suites: unit (pure, fast), integration (real PostgreSQL), e2e (HTTP, Direct Line, Chromium).
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const project = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
});

module.exports = {
  // Jest reads the timeout only here, not per project. Unit tests finish in milliseconds anyway; the generous
  // limit is for end-to-end tests that start the service, PGlite or Chromium on a busy two-core machine.
  testTimeout: 60000,
  projects: [project('unit'), project('integration'), project('e2e')],
};
