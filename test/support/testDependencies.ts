import type { ServiceDependencies } from '../../src/services/createServices'
import { EventBus } from '../../src/services/eventBus'
import { testSecretStore } from '../setup/testKeychain'

/**
 * Dependencies for the composition root in tests: one place to extend when a service needs a new
 * dependency. Real services throughout; only what a test passes in `overrides` differs.
 */
export function testDependencies(
  dataDirectory: string,
  overrides: Partial<ServiceDependencies> = {},
): ServiceDependencies {
  return {
    dataDirectory,
    shell: 'test',
    env: { ...process.env, CAPI_WORKBENCH_HOME: dataDirectory },
    now: () => new Date(),
    eventBus: new EventBus(),
    secretStore: testSecretStore(),
    ...overrides,
  }
}
