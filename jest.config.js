/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // No test may read this machine's Alibaba Cloud profiles or reach the ECS metadata address.
  setupFiles: ['<rootDir>/__tests__/setup-env.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }] },
  testTimeout: 30000,
  // The end-to-end files mostly wait on real time (grace periods, task durations), not the CPU: four at once fit
  // two cores and keep the suite to about two minutes instead of eight.
  maxWorkers: 4
};
