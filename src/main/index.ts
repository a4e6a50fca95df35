import { app, BrowserWindow, clipboard, ipcMain, nativeTheme, session, shell } from 'electron'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServices } from '../services/createServices'
import { KeytarSecretStore } from '../services/secrets/keytarSecretStore'
import { startDesktopApp } from './electron/startDesktopApp'

/** Composition root of the desktop app: the real Electron objects and services, wired by startDesktopApp. */
void startDesktopApp(
  {
    app,
    session,
    ipcMain,
    createWindow: (options) => new BrowserWindow(options),
    shell,
    darkBackground: nativeTheme.shouldUseDarkColors,
  },
  {
    mainDirectory: dirname(fileURLToPath(import.meta.url)),
    env: process.env,
    createServices: (dataDirectory, eventBus) =>
      createServices({
        dataDirectory,
        shell: 'electron',
        env: process.env,
        now: () => new Date(),
        eventBus,
        secretStore: new KeytarSecretStore(),
        writeClipboard: (text) => clipboard.writeText(text),
      }),
  },
)
