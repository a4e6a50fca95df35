/** Main's clipboard, where main owns it (the desktop window denies the page's permission). */
export type CopyViaMain = (text: string) => Promise<boolean>

/**
 * Copies text for a copy button: through main where it owns the clipboard (the desktop window
 * denies the page's clipboard permission), else with the page's clipboard API (browser mode).
 * A UI primitive: it never reaches the api itself, the caller hands main's copy in.
 */
export async function copyText(text: string, viaMain: CopyViaMain): Promise<void> {
  if (await viaMain(text)) return
  await navigator.clipboard.writeText(text)
}
