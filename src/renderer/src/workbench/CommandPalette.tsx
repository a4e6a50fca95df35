import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useApi } from '../api/ApiContext'
import type { Command } from '../commands/command'
import { useWorkbenchStore } from '../state/store'
import { shownKeybinding } from './commandKeybindings'
import { filterCommands } from './filterCommands'

export function CommandPalette({ commands }: { commands: Command[] }) {
  const api = useApi()
  const open = useWorkbenchStore((state) => state.paletteOpen)
  const recent = useWorkbenchStore((state) => state.recentCommands)
  const setPaletteOpen = useWorkbenchStore((state) => state.setPaletteOpen)
  const [query, setQuery] = useState('')
  const [selected, setSelected] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const returnFocus = useRef<Element | null>(null)

  // Which commands are available is decided each time the palette opens (a send in flight, the
  // active tab, ...), not when the list was first rendered.
  const available = useMemo(() => {
    if (!open) return []
    const context = { store: useWorkbenchStore, api }
    return commands.filter((command) => command.isEnabled?.(context) ?? true)
  }, [commands, open, api])
  const visible = useMemo(
    () => filterCommands(available, query, recent),
    [available, query, recent],
  )

  // Where focus was before the palette took it, read while rendering the opening (before the
  // input's autoFocus moves it), so closing gives it back.
  const wasOpen = useRef(false)
  if (open && !wasOpen.current) returnFocus.current = document.activeElement
  wasOpen.current = open

  useEffect(() => {
    if (open) inputRef.current?.focus()
  }, [open])

  if (!open) return null

  function close() {
    // The query is cleared on closing, not on opening: keys typed right after Ctrl+Shift+P are kept.
    setQuery('')
    setSelected(0)
    setPaletteOpen(false)
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus()
  }
  function run(command: Command | undefined) {
    if (!command) return
    close()
    useWorkbenchStore.getState().noteCommandRun(command.id)
    void command.run({ store: useWorkbenchStore, api })
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') close()
    else if (event.key === 'ArrowDown')
      setSelected((index) => Math.min(index + 1, visible.length - 1))
    else if (event.key === 'ArrowUp') setSelected((index) => Math.max(index - 1, 0))
    else if (event.key === 'Enter') run(visible[selected])
    else return
    event.preventDefault()
  }

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div
        className="palette"
        role="dialog"
        aria-label="Command Palette"
        onMouseDown={(event) => event.stopPropagation()}
      >
        <input
          ref={inputRef}
          // Focused as it mounts, so the first keys typed after Ctrl+Shift+P land here.
          autoFocus
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={visible[selected] ? `palette-item-${selected}` : undefined}
          placeholder="Type the name of a command to run."
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setSelected(0)
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" className="palette-list" role="listbox">
          {visible.length === 0 ? <li className="palette-empty">No matching commands</li> : null}
          {visible.map((command, index) => (
            <li
              key={command.id}
              id={`palette-item-${index}`}
              role="option"
              aria-selected={index === selected}
              className={`palette-item${index === selected ? ' selected' : ''}`}
              onMouseEnter={() => setSelected(index)}
              onClick={() => run(command)}
            >
              <span>
                <span className="palette-category">{command.category}: </span>
                {command.title}
              </span>
              {recent[0] === command.id && query === '' ? (
                <span className="palette-recent">recently used</span>
              ) : null}
              {shownKeybinding(command) ? (
                <kbd className="keybinding">{shownKeybinding(command)}</kbd>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
