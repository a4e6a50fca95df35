export { createStepSlice, type StepSlice, type StepTab } from './stepSlice'
export { newStepTab } from './newStepTab'
export { saveStepPreset } from './saveStepPreset'
export { exportStepFiles } from './exportStepFiles'
