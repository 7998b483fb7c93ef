// Two projects: fast unit tests of pure functions (src/**/*.spec.ts) and e2e suites over HTTP
// (test/**/*.e2e-spec.ts). `DB=mysql` runs the e2e suites against MariaDB/MySQL instead of embedded SQLite.
const fs = require('fs');
const path = require('path');
const swc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] };

module.exports = {
  // per-test timeout for every project (e2e suites start a server and sometimes load the demo district)
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      setupFiles: ['reflect-metadata'],
      testTimeout: 60000,
    },
  ],
};
