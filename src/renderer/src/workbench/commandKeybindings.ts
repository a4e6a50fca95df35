import type { Command } from '../commands/command'
import { isBrowserMode } from './runtimeMode'

/** Every key that runs the command here (the browser binding first in browser mode). */
export function commandKeybindings(command: Command, browser = isBrowserMode()): string[] {
  const all = [
    ...(browser && command.browserKeybinding ? [command.browserKeybinding] : []),
    ...(command.keybinding ? [command.keybinding] : []),
    ...(command.alternativeKeybindings ?? []),
  ]
  return [...new Set(all)]
}

/** The key shown in the palette and tooltips: the one that reaches the page in this mode. */
export function shownKeybinding(command: Command, browser = isBrowserMode()): string | undefined {
  return browser && command.browserKeybinding ? command.browserKeybinding : command.keybinding
}
