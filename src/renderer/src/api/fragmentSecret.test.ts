import { describe, expect, it } from 'vitest'
import { fragmentSecretProvider, secretStorageKey } from './fragmentSecret'

function page(hash: string, stored: Record<string, string> = {}) {
  const replaced: string[] = []
  const storage = { ...stored }
  return {
    replaced,
    storage,
    facts: {
      location: { hash, pathname: '/', search: '?x=1' },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
          void replaced.push(String(url)),
      },
      sessionStorage: {
        getItem: (key: string) => storage[key] ?? null,
        setItem: (key: string, value: string) => void (storage[key] = value),
      },
    },
  }
}

describe('fragmentSecretProvider', () => {
  it('takes the secret from the fragment into sessionStorage and off the visible URL', () => {
    const first = page('#secret=abc123')
    const secret = fragmentSecretProvider(first.facts)()
    expect({ secret, replaced: first.replaced, storage: first.storage }).toEqual({
      secret: 'abc123',
      replaced: ['/?x=1'],
      storage: { [secretStorageKey]: 'abc123' },
    })
  })

  it('finds it in sessionStorage after a reload, and has none on a bare URL', () => {
    const reloaded = page('', { [secretStorageKey]: 'abc123' })
    const bare = page('')
    expect([
      fragmentSecretProvider(reloaded.facts)(),
      reloaded.replaced,
      fragmentSecretProvider(bare.facts)(),
    ]).toEqual(['abc123', [], undefined])
  })
})
