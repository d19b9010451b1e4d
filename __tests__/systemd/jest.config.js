// The suite that boots real systemd (see harness.ts). Same ESM setup as the
// root jest.config.js; run it as
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c __tests__/systemd/jest.config.js
export default {
  rootDir: '../..',
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__/systemd'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  // After jest's own output, a table of configuration × check (check-table.ts).
  reporters: ['default', '<rootDir>/__tests__/systemd/check-table-reporter.js'],
  // Builds the cached Debian root (minutes, the first time) before any test.
  globalSetup: '<rootDir>/__tests__/systemd/global-setup.ts',
  // Machines boot one at a time: the suite's time is dominated by boots, and
  // two cores gain little from booting two at once.
  maxWorkers: 1,
  // A boot takes about 2 s; the margin is for a loaded CI machine.
  testTimeout: 60_000,
}
