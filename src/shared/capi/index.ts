// Public API of the CAPI domain core. H1 (normalize) and H3 (errors) add their own lines.
export * from './model'
export * from './rules'
export { buildEventRequest, requestUrl } from './request/buildEventRequest'
export { toDraftPath } from './request/draftPaths'
export type {
  BuildContext,
  ConnectionTarget,
  EventRequest,
  HashedValue,
} from './request/requestTypes'
export * from './regions/restrictedCountries'
export { regionWarnings } from './regions/regionWarnings'
export * from './versions/graphVersions'
export {
  versionAdvice,
  expiryWarningDays,
  type VersionAdvice,
  type VersionAdviceKind,
} from './versions/versionAdvice'
export * from './variables/resolveVariables'
export * from './errors'
export * from './sendResult'
export * from './evidence'
