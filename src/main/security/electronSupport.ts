/**
 * Electron majors: the project keeps Electron on a supported major (the latest three stable majors
 * are supported upstream). A test compares package.json's range with this floor.
 */
export const newestKnownElectronMajor = 45
export const supportedElectronMajors = [
  newestKnownElectronMajor - 2,
  newestKnownElectronMajor - 1,
  newestKnownElectronMajor,
]

export function isSupportedElectronMajor(versionRange: string): boolean {
  const match = /(\d+)/.exec(versionRange)
  return match !== null && supportedElectronMajors.includes(Number(match[1]))
}
