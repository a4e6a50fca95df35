/** BrowserWindow options as plain data, so a unit test can check every security setting. */
export interface SecureWindowOptions {
  width: number
  height: number
  minWidth: number
  minHeight: number
  show: boolean
  title: string
  icon?: string
  backgroundColor: string
  webPreferences: {
    preload: string
    contextIsolation: true
    sandbox: true
    nodeIntegration: false
    nodeIntegrationInWorker: false
    nodeIntegrationInSubFrames: false
    webviewTag: false
    webSecurity: true
    allowRunningInsecureContent: false
    experimentalFeatures: false
    spellcheck: false
  }
}

export function windowOptions(
  paths: { preload: string; icon?: string },
  darkBackground: boolean,
): SecureWindowOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'CAPI Workbench',
    ...(paths.icon ? { icon: paths.icon } : {}),
    backgroundColor: darkBackground ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  }
}
