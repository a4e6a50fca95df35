export * from './stepSchema'
export { stepToDraft, channelAssetKind, contactIdOf, type StepDraft } from './stepToDraft'
export {
  simulateStep,
  type SimulateOptions,
  type StepConnection,
  type StepNote,
  type StepReason,
  type StepSimulation,
} from './simulateStep'
export { matchHints, matchHintAdvice, matchHintLabel, type MatchHints } from './matchHints'
export { checkStepFiles, stepFiles, type CheckedStep, type StepFile } from './stepFiles'
