import type { Command } from '../../commands/command'

/**
 * The commands with the user's browser-mode keybindings (settings: `keybindings.browserMode`,
 * command id → keys) in place of their default `browserKeybinding`; a browser keeps some keys
 * (Ctrl+N, Ctrl+W) for itself. Outside browser mode the commands are returned unchanged.
 */
export function withBrowserKeybindings(
  commands: Command[],
  overrides: Record<string, string> | undefined,
  shell: string | undefined,
): Command[] {
  if (shell !== 'browser' || !overrides || Object.keys(overrides).length === 0) return commands
  return commands.map((command) => {
    const keybinding = overrides[command.id]
    // The browser-mode key is what the palette, tooltips and key handling use in a browser.
    return keybinding ? { ...command, browserKeybinding: keybinding } : command
  })
}
