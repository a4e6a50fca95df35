/**
 * The only form of a token ever shown: its first four and last four characters, like `EAAB…x9Qz`.
 * Short strings show less, so a hint never gives away most of a secret.
 */
export function tokenHint(token: string): string {
  if (token.length >= 24) return `${token.slice(0, 4)}…${token.slice(-4)}`
  if (token.length >= 12) return `…${token.slice(-2)}`
  return '…'
}
