export { createSimulator, type SimulatorOptions, type SimulatorLauncher } from './createSimulator';
export {
  createSimulatedBackend,
  type SimulatedBackend,
  type SimulatedBackendOptions,
  type SimulatedProfile,
  type SimulatedOrderInput,
} from './createSimulatedBackend';
export type { SimulatorAnswer, SimulatorSheetKind, AnsweredSheet, AnswerOptions } from './answers';
export type { SimulatorLocale } from './texts';
export type { SimulatorEnvironment } from './environment';
