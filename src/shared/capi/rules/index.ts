export type * from './ruleTypes'
export { findFirstFailure } from './findFirstFailure'
export { toGraphErrorBody } from './toGraphErrorBody'
export { hasErrors, validateRequestBody } from './validateRequestBody'
export { ruleIds, ruleTable, type RuleDefinition, type RuleVariant } from './ruleTable'
export { checkRequest } from './ruleEngine'
export type { CheckContext, CheckMode, Finding } from './finding'
export {
  exampleIds,
  exampleHashes,
  exampleWhatsAppPurchase,
  exampleMessengerLead,
  exampleInstagramPurchase,
} from './exampleBodies'
