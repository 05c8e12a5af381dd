export { createSimulator, type SimulatorOptions } from './createSimulator';
export {
  createSimulatedBackend,
  type SimulatedBackend,
  type SimulatedBackendOptions,
  type SimulatedProfile,
  type SimulatedOrderInput,
} from './createSimulatedBackend';
export type { SimulatorLocale } from './texts';
export type { SimulatorEnvironment } from './environment';
