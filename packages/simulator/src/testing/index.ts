export { answerSheet } from './answerSheet';
export { answerSheetIn, type PlaywrightPage, type PlaywrightLocator } from './answerSheetIn';
export type { SimulatorAnswer, SimulatorSheetKind, AnsweredSheet, AnswerOptions } from '../answers';
