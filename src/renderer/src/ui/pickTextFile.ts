/**
 * Asks the person for one file (the browser's or Electron's file dialog, through a file input) and
 * reads it as text. Resolves undefined when the dialog is cancelled. Must run from a user action
 * (a click or a key in the palette): browsers open the dialog only then.
 */
export function pickTextFile(accept: string): Promise<{ name: string; text: string } | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(undefined)
      void file.text().then(
        (text) => resolve({ name: file.name, text }),
        () => resolve(undefined),
      )
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve(undefined)
    })
    document.body.append(input)
    input.click()
  })
}
