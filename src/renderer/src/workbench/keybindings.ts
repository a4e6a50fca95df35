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
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'> & {
    code?: string
  },
): KeyStroke {
  // Alt+letter types another character on some layouts (macOS: Alt+N is "˜"): use the key's code.
  const letter = event.altKey && event.code?.startsWith('Key') ? event.code.slice(3) : undefined
  return {
    ctrl: event.ctrlKey || event.metaKey,
    shift: event.shiftKey,
    alt: event.altKey,
    key: (letter ?? event.key).toLowerCase(),
  }
}

export function sameStroke(a: KeyStroke, b: KeyStroke): boolean {
  return a.ctrl === b.ctrl && a.shift === b.shift && a.alt === b.alt && a.key === b.key
}
