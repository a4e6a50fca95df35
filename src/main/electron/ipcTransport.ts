import type { IpcMain, WebContents } from 'electron'
import { channelNames } from '../../shared/contract'
import { eventChannel, invokeChannel } from '../../shared/contract/ipcChannelNames'
import { err } from '../../shared/result'
import type { EventBus } from '../../services/eventBus'
import { describeUnexpected } from '../../services/ipc/describeUnexpected'
import { dispatch } from '../../services/ipc/dispatch'
import type { HandlerTable } from '../../services/ipc/handlerTable'
import { isTrustedIpcSender } from '../security/navigationGuards'

/** The part of Electron's ipcMain the wiring uses (a test passes a fake). */
export type IpcMainLike = Pick<IpcMain, 'handle'>

/**
 * Registers every contract channel on `ipc` through the one dispatcher, after checking the
 * sender. Type-only Electron imports: tests run this real wiring against a fake ipcMain.
 */
export function registerIpc(
  ipc: IpcMainLike,
  table: HandlerTable,
  appUrl: () => string,
  log: (message: string) => void,
): void {
  for (const name of channelNames) {
    ipc.handle(invokeChannel(name), async (event, input: unknown) => {
      const frame = event.senderFrame
      const trusted = isTrustedIpcSender(
        { frameUrl: frame?.url, isTopFrame: frame !== null && frame === event.sender.mainFrame },
        appUrl(),
      )
      if (!trusted) {
        log(`Refused ${name} from an untrusted frame`)
        return err('forbidden', 'This call did not come from the Workbench window.')
      }
      return dispatch(table, name, input, {
        onUnexpected: (channelName, error) => log(`${channelName}: ${describeUnexpected(error)}`),
      })
    })
  }
}

/** Forwards the event bus to a window's renderer. */
export function forwardEvents(
  bus: EventBus,
  contents: Pick<WebContents, 'isDestroyed' | 'send'>,
): () => void {
  return bus.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(eventChannel(name), payload)
  })
}
