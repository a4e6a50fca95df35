import { describe, expect, it } from 'vitest'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { readSettingsText } from '../../../../shared/settings/readSettingsText'
import type { SettingsChange, SettingsState } from '../../../../shared/settings/settingsSchema'
import { createWorkbenchStore } from '../../state/store'
import { chooseTheme, nextTheme } from './chooseTheme'
import { applyChangedSettings } from './settingsActions'

function state(text: string): SettingsState {
  return { ...readSettingsText(text), path: '/data/settings.json' }
}

/** main's settings service, on a text "file": saving is refused while the file does not parse. */
function fakeSettingsApi(initial: string) {
  let file = initial
  const saved: SettingsChange[] = []
  const api = {
    'settings.save': async ({ changes }: { changes: SettingsChange }) => {
      const current = state(file)
      if (current.broken)
        return { ok: false, error: { code: 'settings_file_broken', message: 'Fix it first.' } }
      saved.push(changes)
      file = JSON.stringify({ ...(JSON.parse(file || '{}') as object), ...changes })
      return { ok: true, value: state(file) }
    },
  } as unknown as WorkbenchApi
  return { api, saved, file: () => file }
}

describe('the theme command', () => {
  it('cycles System → Dark → Light and writes the theme to settings.json', async () => {
    const store = createWorkbenchStore(undefined)
    const { api, file } = fakeSettingsApi('{"send.timeoutMs": 2000}')
    await chooseTheme(store, api, nextTheme(store.getState().theme))
    expect({
      theme: store.getState().theme,
      file: JSON.parse(file()) as unknown,
      userKeys: store.getState().settings?.userKeys,
    }).toEqual({
      theme: 'dark',
      file: { 'send.timeoutMs': 2000, 'workbench.theme': 'dark' },
      userKeys: ['send.timeoutMs', 'workbench.theme'],
    })
  })

  it('with a broken settings.json: the theme applies to the window, the file is untouched, and it says so', async () => {
    const store = createWorkbenchStore(undefined)
    const { api, file, saved } = fakeSettingsApi('{"send.timeoutMs": 2000,')
    await chooseTheme(store, api, 'light')
    expect({
      theme: store.getState().theme,
      saved,
      file: file(),
      notice: store.getState().notifications.map((notice) => notice.message),
    }).toEqual({
      theme: 'light',
      saved: [],
      file: '{"send.timeoutMs": 2000,',
      notice: ['The light theme applies to this window only: settings.json was not changed.'],
    })
  })
})

describe('applyChangedSettings (a hand edit pushed by main)', () => {
  it('applies the file’s theme, reports a broken file once with line and column, then its repair; a removed key is the default again', () => {
    const store = createWorkbenchStore(undefined)
    applyChangedSettings(store, state('{"workbench.theme": "light"}'))
    const themeAfterEdit = store.getState().theme
    applyChangedSettings(store, state('{\n  "workbench.theme": "dark"\n  oops\n}'))
    applyChangedSettings(store, state('{\n  "workbench.theme": "dark"\n  oops\n}'))
    const themeWhileBroken = store.getState().theme
    const noticesWhileBroken = store.getState().notifications.map((notice) => notice.message)
    applyChangedSettings(store, state('{"workbench.theme": "dark"}'))
    const themeRepaired = store.getState().theme
    applyChangedSettings(store, state('{}'))
    expect({
      themeAfterEdit,
      themeWhileBroken,
      noticesWhileBroken,
      themeRepaired,
      themeAfterKeyRemoved: store.getState().theme,
      notices: store.getState().notifications.map((notice) => notice.message),
    }).toEqual({
      themeAfterEdit: 'light',
      themeWhileBroken: 'light',
      noticesWhileBroken: [
        'settings.json has an error at line 3, column 3: the defaults apply until it is fixed. The file is not overwritten.',
      ],
      themeRepaired: 'dark',
      themeAfterKeyRemoved: 'system',
      // The error notice is taken back once the file is fixed.
      notices: ['settings.json is valid again and applies.'],
    })
  })
})
