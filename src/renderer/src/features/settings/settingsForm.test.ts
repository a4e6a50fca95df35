import { describe, expect, it } from 'vitest'
import type { Command } from '../../commands/command'
import { defaultSettings } from '../../../../shared/settings/settingsSchema'
import { withBrowserKeybindings } from './browserKeybindings'
import { changeFromForm, formFromSettings } from './settingsForm'

describe('settings form', () => {
  it('round-trips the defaults into a change with every key', () => {
    const { change, problems } = changeFromForm(formFromSettings(defaultSettings))
    expect({ change, problems }).toEqual({ change: defaultSettings, problems: {} })
  })

  it('names each bad field and keeps it out of the change', () => {
    const form = {
      ...formFromSettings(defaultSettings),
      timeoutSeconds: '90',
      apiVersion: '26',
      endpoint: 'ftp://x',
      keybindings: 'raw.send Ctrl+Alt+Enter',
    }
    const { change, problems } = changeFromForm(form)
    expect({
      fields: Object.keys(problems).sort(),
      kept: Object.keys(change).sort(),
    }).toEqual({
      fields: ['apiVersion', 'endpoint', 'keybindings', 'timeoutSeconds'],
      kept: ['history.size', 'send.slowThresholdMs', 'workbench.theme'],
    })
  })

  it('reads browser-mode keybindings one a line', () => {
    const form = { ...formFromSettings(defaultSettings), keybindings: 'raw.send: Ctrl+Alt+Enter\n' }
    expect(changeFromForm(form).change['keybindings.browserMode']).toEqual({
      'raw.send': 'Ctrl+Alt+Enter',
    })
  })
})

describe('withBrowserKeybindings', () => {
  const commands = [
    { id: 'raw.send', title: 'Send', category: 'Raw', keybinding: 'Ctrl+Enter', run: () => {} },
  ] as Command[]
  it('applies overrides only in browser mode', () => {
    const overrides = { 'raw.send': 'Ctrl+Alt+Enter' }
    expect([
      withBrowserKeybindings(commands, overrides, 'browser')[0]?.browserKeybinding,
      withBrowserKeybindings(commands, overrides, 'electron')[0]?.browserKeybinding,
    ]).toEqual(['Ctrl+Alt+Enter', undefined])
  })
})
