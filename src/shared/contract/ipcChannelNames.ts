/** Electron IPC channel names derived from contract names, so direction is visible in the name. */
export function invokeChannel(name: string): string {
  return `renderer-to-main:${name}`
}

export function eventChannel(name: string): string {
  return `main-to-renderer:${name}`
}
