import { describe, expect, it } from 'vitest'
import { invokeChannel } from '../../shared/contract/ipcChannelNames'
import type { HandlerTable } from '../../services/ipc/handlerTable'
import { type IpcInvokeEventLike, type IpcMainLike, registerIpc } from './ipcTransport'

type Listener = (event: IpcInvokeEventLike, input: unknown) => Promise<unknown>

/** What registerIpc registers on Electron's ipcMain, kept by channel. */
function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>()
  return { listeners, handle: (channel, listener) => void listeners.set(channel, listener) }
}

const appUrl = 'file:///opt/capi/out/renderer/index.html'
const handlers = {
  'app.copyText': ({ text }: { text: string }) => ({ copied: text.length > 0 }),
} as unknown as HandlerTable

function setUp() {
  const ipc = fakeIpcMain()
  const log: string[] = []
  registerIpc(
    ipc,
    handlers,
    () => appUrl,
    (message) => log.push(message),
  )
  const call = (event: IpcInvokeEventLike) =>
    ipc.listeners.get(invokeChannel('app.copyText'))!(event, { text: 'x' })
  return { ipc, log, call }
}

describe('registerIpc: the sender check', () => {
  it('answers only the app page in the top frame; refuses a subframe and another origin', async () => {
    const { ipc, log, call } = setUp()
    const top = { url: appUrl }
    const answered = await call({ sender: { mainFrame: top }, senderFrame: top })
    const subframe = await call({ sender: { mainFrame: top }, senderFrame: { url: appUrl } })
    const evil = { url: 'https://evil.example/page.html' }
    const otherOrigin = await call({ sender: { mainFrame: evil }, senderFrame: evil })
    const noFrame = await call({ sender: { mainFrame: top }, senderFrame: null })
    const forbidden = {
      ok: false,
      error: { code: 'forbidden', message: 'This call did not come from the Workbench window.' },
    }
    expect({
      channels: ipc.listeners.size > 30,
      answered,
      subframe,
      otherOrigin,
      noFrame,
      logged: log.length,
    }).toEqual({
      channels: true,
      answered: { ok: true, value: { copied: true } },
      subframe: forbidden,
      otherOrigin: forbidden,
      noFrame: forbidden,
      logged: 3,
    })
  })
})
