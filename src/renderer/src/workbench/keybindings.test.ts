import { describe, expect, it } from 'vitest'
import { parseKeybinding, sameStroke, strokeFromEvent } from './keybindings'
import { filterCommands } from './filterCommands'

describe('keybindings', () => {
  it('parses chords and matches Ctrl or Cmd', () => {
    const [first, second] = parseKeybinding('Ctrl+K Ctrl+T')
    expect([
      sameStroke(
        first!,
        strokeFromEvent({
          ctrlKey: false,
          metaKey: true,
          shiftKey: false,
          altKey: false,
          key: 'k',
        }),
      ),
      sameStroke(
        second!,
        strokeFromEvent({
          ctrlKey: true,
          metaKey: false,
          shiftKey: false,
          altKey: false,
          key: 'T',
        }),
      ),
      sameStroke(
        first!,
        strokeFromEvent({ ctrlKey: true, metaKey: false, shiftKey: true, altKey: false, key: 'k' }),
      ),
    ]).toEqual([true, true, false])
  })

  it('filters commands by every word of the query', () => {
    const run = () => {}
    const commands = [
      { id: 'a', title: 'Toggle Panel Visibility', category: 'View', run },
      { id: 'b', title: 'Send Test Event', category: 'Composer', run },
      { id: 'c', title: 'Toggle Primary Side Bar Visibility', category: 'View', run },
    ]
    expect(filterCommands(commands, 'view toggle panel').map((command) => command.id)).toEqual([
      'a',
    ])
  })

  it('matches fuzzily ("nw evnt" finds New Event) and lists recently used commands first', () => {
    const run = () => {}
    const commands = [
      { id: 'new', title: 'New Event', category: 'Composer', run },
      { id: 'send', title: 'Send Test Event', category: 'Composer', run },
      { id: 'panel', title: 'Toggle Panel Visibility', category: 'View', run },
    ]
    expect({
      fuzzy: filterCommands(commands, 'nw evnt').map((command) => command.id),
      recentFirst: filterCommands(commands, '', ['panel', 'send']).map((command) => command.id),
    }).toEqual({ fuzzy: ['new'], recentFirst: ['panel', 'send', 'new'] })
  })

  it('runs Alt+letter bindings on layouts where Alt changes the character (by key code)', () => {
    const [stroke] = parseKeybinding('Alt+N')
    expect(
      sameStroke(
        stroke!,
        strokeFromEvent({
          ctrlKey: false,
          metaKey: false,
          shiftKey: false,
          altKey: true,
          key: '˜',
          code: 'KeyN',
        }),
      ),
    ).toBe(true)
  })
})
