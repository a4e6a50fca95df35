import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelNameList, eventNameList } from '../shared/contract/channelNameList'
import { eventChannel, invokeChannel } from '../shared/contract/ipcChannelNames'

/**
 * One named function per contract channel, each bound to its own IPC channel; subscriptions
 * return an unsubscribe. No generic invoke, no ipcRenderer, no process.
 */
function buildApi(): Record<string, unknown> {
  const api: Record<string, unknown> = {}
  for (const name of channelNameList) {
    const channel = invokeChannel(name)
    api[name] = (input?: unknown) => ipcRenderer.invoke(channel, input)
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!(eventNameList as readonly string[]).includes(event))
      throw new Error(`Unknown event ${event}`)
    const channel = eventChannel(event)
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }
  return Object.freeze(api)
}

contextBridge.exposeInMainWorld('api', buildApi())
