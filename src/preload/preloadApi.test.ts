import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../shared/contract'
import { eventChannel, invokeChannel } from '../shared/contract/ipcChannelNames'

// The preload runs only inside Electron; here electron is replaced by a recorder of what it exposes.
const exposed: Record<string, unknown> = {}
const invoked: { channel: string; input: unknown }[] = []
const listeners = new Map<string, (event: unknown, payload: unknown) => void>()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => {
      invoked.push({ channel, input })
      return Promise.resolve({ ok: true, value: null })
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}))

describe('preload bridge', () => {
  beforeEach(async () => {
    invoked.length = 0
    await import('./index')
  })

  it('exposes exactly one function per contract channel plus `on`, frozen, with no generic invoke', () => {
    const api = exposed.api as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'on'].sort())
    expect(Object.isFrozen(api)).toBe(true)
    expect(['invoke', 'send', 'ipcRenderer', 'process'].filter((key) => key in api)).toEqual([])
  })

  it('binds each function to its own IPC channel', async () => {
    const api = exposed.api as Record<string, (input?: unknown) => Promise<unknown>>
    for (const name of channelNames) await api[name]?.({ probe: name })
    expect(invoked).toEqual(
      channelNames.map((name) => ({ channel: invokeChannel(name), input: { probe: name } })),
    )
  })

  it('subscribes to known events only and returns an unsubscribe', () => {
    const api = exposed.api as {
      on: (event: string, listener: (payload: unknown) => void) => () => void
    }
    const received: unknown[] = []
    const unsubscribe = api.on('app.notice', (payload) => received.push(payload))
    listeners.get(eventChannel('app.notice'))?.({}, { level: 'info', message: 'hi' })
    unsubscribe()
    expect({ received, stillListening: listeners.has(eventChannel('app.notice')) }).toEqual({
      received: [{ level: 'info', message: 'hi' }],
      stillListening: false,
    })
    expect(() => api.on('anything.else', () => {})).toThrow('Unknown event')
  })
})
