import { api } from '../api'

/**
 * Copies text for a copy button: through main where it owns the clipboard (the desktop window
 * denies the page's clipboard permission), else with the page's clipboard API (browser mode).
 */
export async function copyText(text: string): Promise<void> {
  const viaMain = await api['app.copyText']({ text })
  if (viaMain.ok && viaMain.value.copied) return
  await navigator.clipboard.writeText(text)
}
