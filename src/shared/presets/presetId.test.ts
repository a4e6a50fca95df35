import { describe, expect, it } from 'vitest'
import { folderOf, isValidFolder, isValidPresetId, joinId, slugify } from './presetId'

describe('preset ids', () => {
  it('accepts plain paths and refuses ones that could leave the presets folder', () => {
    const ids = [
      'acme/purchase',
      'a',
      'x/y/z',
      '../etc',
      'a/../b',
      '.hidden',
      'a//b',
      '/abs',
      'a/b.',
    ]
    expect(ids.map(isValidPresetId)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('treats the empty folder as the root', () => {
    expect([isValidFolder(''), isValidFolder('acme'), isValidFolder('acme/')]).toEqual([
      true,
      true,
      false,
    ])
  })

  it('splits and joins folders', () => {
    expect([folderOf('a/b/c'), folderOf('c'), joinId('', 'c'), joinId('a/b', 'c')]).toEqual([
      'a/b',
      '',
      'c',
      'a/b/c',
    ])
  })

  it('makes file names from preset names', () => {
    expect([slugify('Purchase – WhatsApp (EU)'), slugify('Café Order'), slugify('!!!')]).toEqual([
      'purchase-whatsapp-eu',
      'cafe-order',
      'preset',
    ])
  })
})
