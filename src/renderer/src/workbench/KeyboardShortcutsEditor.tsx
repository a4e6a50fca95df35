import { commandList } from '../commands/commandList'
import { withBrowserKeybindings } from '../features/settings'
import { useWorkbenchStore } from '../state/store'
import { commandKeybindings } from './commandKeybindings'
import { isBrowserMode } from './runtimeMode'

/** Keys that are not commands but belong to one place (listed after the commands). */
const placeKeys: [string, string, string][] = [
  ['F1', 'Show All Commands', 'Anywhere'],
  ['← / →', 'Move between open editors', 'Tab strip'],
  ['↑ / ↓, Enter', 'Move through and open', 'Explorer, History, Problems, palette'],
  ['Esc', 'Close the palette or a dialog', 'Palette, dialogs'],
  ['Arrow keys, Home, End', 'Resize the side bar or the panel', 'Splitter (Tab to it)'],
  ['Enter', 'Maximize or restore the panel', 'Panel splitter'],
]

/** "Keyboard Shortcuts": every binding of every command, and where each key works. */
export function KeyboardShortcutsEditor() {
  const browser = isBrowserMode()
  // The "In a browser" column shows the user's own browser-mode keys (settings) where set.
  const overrides = useWorkbenchStore((state) => state.settings?.values['keybindings.browserMode'])
  const bound = withBrowserKeybindings(commandList, overrides, 'browser')
    .filter((command) => commandKeybindings(command, browser).length > 0)
    .sort((a, b) => `${a.category}${a.title}`.localeCompare(`${b.category}${b.title}`))
  return (
    <div className="shortcuts-editor" data-testid="keyboard-shortcuts">
      <h1>Keyboard Shortcuts</h1>
      <p className="muted">
        {browser
          ? 'In a browser tab the browser keeps Ctrl+N, Ctrl+W, Ctrl+T and Ctrl+Tab for itself: use the Alt bindings listed first.'
          : 'Ctrl is Cmd on macOS. In browser mode some commands have an Alt binding, because the browser keeps Ctrl+N, Ctrl+W and Ctrl+Tab.'}
      </p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Keys</th>
            <th scope="col">In a browser</th>
          </tr>
        </thead>
        <tbody>
          {bound.map((command) => (
            <tr key={command.id}>
              <td>
                <span className="muted">{command.category}: </span>
                {command.title}
              </td>
              <td>
                {commandKeybindings(command, false).map((key) => (
                  <kbd key={key} className="keybinding">
                    {key}
                  </kbd>
                ))}
              </td>
              <td>
                {command.browserKeybinding ? (
                  <kbd className="keybinding">{command.browserKeybinding}</kbd>
                ) : (
                  <span className="muted">same</span>
                )}
              </td>
            </tr>
          ))}
          {placeKeys.map(([keys, what, where]) => (
            <tr key={`${keys}-${what}`}>
              <td>
                {what} <span className="muted">({where})</span>
              </td>
              <td>
                <kbd className="keybinding">{keys}</kbd>
              </td>
              <td>
                <span className="muted">same</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
