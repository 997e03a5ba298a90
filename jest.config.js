/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // HTTP suites start worker threads on their first request: on two busy cores that alone can pass 5 s.
  testTimeout: 20_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
