import { readFile } from 'node:fs/promises'
import defaultFixturesJson from '../../resources/sandbox/default.json'
import { AppError } from '../shared/result'
import { parseSandboxFixtures, type SandboxFixtures } from './sandboxFixtures'

/** Where the built-in fixtures live in the repository (shown to people, not read at run time). */
export const defaultFixturesLabel = 'resources/sandbox/default.json (built in)'

/** The fixtures shipped with the Workbench (bundled, so they work from any directory). */
export function defaultSandboxFixtures(): SandboxFixtures {
  return parseSandboxFixtures(structuredClone(defaultFixturesJson), defaultFixturesLabel)
}

/** Reads and validates a fixtures file; every error names the file (and the bad key paths). */
export async function loadSandboxFixtures(path: string): Promise<SandboxFixtures> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new AppError('unreadable_fixtures', `cannot read sandbox fixtures ${path}: ${reason}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('invalid_fixtures', `sandbox fixtures ${path} are not valid JSON: ${reason}`)
  }
  return parseSandboxFixtures(value, path)
}
