export { ProblemsPanel, useProblemCount } from './ProblemsPanel'
export { fieldLabel } from './fieldLabel'
