import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where the electron package keeps its downloaded binary, if it was downloaded. */
export function electronBinaryPath(): string | undefined {
  const packageDirectory = resolve('node_modules/electron')
  const pathFile = join(packageDirectory, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}
