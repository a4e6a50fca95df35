/**
 * What a field rule returns for a trimmed, lowercased, non-empty value: the string to hash, or a
 * reason the value is rejected (the SDK throws, or returns nothing).
 */
export type FieldRuleResult = string | { reason: string }
