let pending: HTMLInputElement | undefined

/**
 * Asks the person for one file (the browser's or Electron's file dialog, through a file input) and
 * reads it as text. A cancelled dialog leaves the promise unsettled (browsers do not reliably say
 * so); the next pick discards that input. Must run from a user action (a click, a key in the
 * palette): browsers open the dialog only then.
 */
export function pickTextFile(accept: string): Promise<{ name: string; text: string }> {
  pending?.remove()
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    pending = input
    input.type = 'file'
    input.accept = accept
    input.hidden = true
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (pending === input) pending = undefined
      if (!file) return
      void file.text().then((text) => resolve({ name: file.name, text }), reject)
    })
    document.body.append(input)
    input.click()
  })
}
