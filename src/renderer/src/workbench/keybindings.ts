/** Keybinding strings like `Ctrl+Shift+P` or chords like `Ctrl+K Ctrl+T`, matched against key events. */
export interface KeyStroke {
  ctrl: boolean
  shift: boolean
  alt: boolean
  key: string
}

export function parseKeybinding(binding: string): KeyStroke[] {
  return binding.split(' ').map((part) => {
    const pieces = part.split('+')
    const key = (pieces.pop() ?? '').toLowerCase()
    return {
      ctrl: pieces.includes('Ctrl'),
      shift: pieces.includes('Shift'),
      alt: pieces.includes('Alt'),
      key,
    }
  })
}

/** `Ctrl` also matches the Command key, so the same bindings work on macOS. */
export function strokeFromEvent(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>,
): KeyStroke {
  return {
    ctrl: event.ctrlKey || event.metaKey,
    shift: event.shiftKey,
    alt: event.altKey,
    key: event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase(),
  }
}

export function sameStroke(a: KeyStroke, b: KeyStroke): boolean {
  return a.ctrl === b.ctrl && a.shift === b.shift && a.alt === b.alt && a.key === b.key
}
