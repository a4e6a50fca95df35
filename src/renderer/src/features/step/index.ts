export { createStepSlice, type StepSlice, type StepTab } from './stepSlice'
export { newStepTab } from './newStepTab'
