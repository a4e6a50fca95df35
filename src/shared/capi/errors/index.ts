export { explainGraphError, explainGraphErrorDetailed } from './explainGraphError'
export type { ExplainOptions } from './explainGraphError'
export {
  explainNetworkError,
  explainPartialAcceptance,
  networkErrorKinds,
} from './explainNetworkError'
export type { NetworkErrorKind } from './explainNetworkError'
export {
  docs,
  errorCategories,
  graphErrorExplanationSchema,
  retryables,
} from './graphErrorExplanation'
export type { ErrorCategory, GraphErrorExplanation, Retryable } from './graphErrorExplanation'
export { isThrottlingCode, retryPolicy, retrySituationForGraphError } from './retryPolicy'
export type { RetryRule, RetrySituation } from './retryPolicy'
