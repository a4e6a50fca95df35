import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** Public (no secret needed): a running server answers a challenge to prove it holds the secret. */
export const challengePath = '/.workbench/challenge'

const challengePattern = /^[0-9a-f]{64}$/

export function createChallenge(): string {
  return randomBytes(32).toString('hex')
}

/** HMAC-SHA256 of the challenge under the launch secret, hex; undefined for a malformed challenge. */
export function answerChallenge(secret: string, challenge: string): string | undefined {
  if (!challengePattern.test(challenge)) return undefined
  return createHmac('sha256', secret).update(`capi-workbench-challenge:${challenge}`).digest('hex')
}

export function answerMatches(secret: string, challenge: string, answer: string): boolean {
  const expected = answerChallenge(secret, challenge)
  if (expected === undefined || !/^[0-9a-f]{64}$/.test(answer)) return false
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(answer, 'hex'))
}
