import { describe, expect, it } from 'vitest'
import { commandList } from './commandList'

describe('command list', () => {
  it('has one command per id (a twin would shadow it in the palette and the key handling)', () => {
    const ids = commandList.map((command) => command.id)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })
})
