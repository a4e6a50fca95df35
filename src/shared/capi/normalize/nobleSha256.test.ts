import { describe, expect, it } from 'vitest'
import { nobleSha256 } from './nobleSha256'

describe('nobleSha256', () => {
  it('matches the published SHA-256 test vectors (empty, abc, multi-byte UTF-8)', () => {
    expect([nobleSha256(''), nobleSha256('abc'), nobleSha256('정')]).toEqual([
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14',
    ])
  })
})
