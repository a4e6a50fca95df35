export {
  type CustomerField,
  customerFields,
  customerFieldLabels,
  isCustomerField,
} from './customerFields'
export { type NormalizeResult, normalizeCustomerValue } from './normalizeCustomerValue'
export { type HashResult, type Sha256, hashCustomerValue } from './hashCustomerValue'
export { type ValueFlag, customerValueFlags } from './customerValueFlags'
export { nobleSha256 } from './nobleSha256'
