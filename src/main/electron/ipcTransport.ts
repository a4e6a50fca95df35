import type { WebContents } from 'electron'
import { channelNames } from '../../shared/contract'
import { eventChannel, invokeChannel } from '../../shared/contract/ipcChannelNames'
import { err } from '../../shared/result'
import type { EventBus } from '../../services/eventBus'
import { describeUnexpected } from '../../services/ipc/describeUnexpected'
import { dispatch } from '../../services/ipc/dispatch'
import type { HandlerTable } from '../../services/ipc/handlerTable'
import { isTrustedIpcSender } from '../security/navigationGuards'

/** The facts of an `ipcMain.handle` event the sender check reads (Electron's IpcMainInvokeEvent). */
export interface IpcInvokeEventLike {
  sender: { mainFrame: unknown }
  senderFrame: { url: string } | null | undefined
}

/**
 * The part of Electron's `ipcMain` this module uses. The desktop app passes `ipcMain`; the E2E
 * harness passes a fake that the built preload reaches, so both cross the same registration.
 */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, input: unknown) => Promise<unknown>,
  ): void
}

/**
 * Registers every contract channel on `ipc` through the one dispatcher, after checking the
 * sender: only the app's own top frame, on the app's origin, is answered.
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
        {
          frameUrl: frame?.url,
          isTopFrame: frame !== null && frame !== undefined && frame === event.sender.mainFrame,
        },
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
