import { writeFile } from 'node:fs/promises'
import type { ExportScope } from '../../shared/contract/transferChannels'
import { isValidFolder, isValidPresetId } from '../../shared/presets/presetId'
import { exportBundle } from '../../services/transfer/presetBundle'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import { parseArgs, contactStoreFor, presetStoreFor, stringFlag } from './presetArgs'

export const presetExportCommand: CliCommand = {
  name: 'preset export',
  summary: 'Export a preset, a folder or everything as one JSON bundle.',
  help: `Usage: capi preset export <id> | --folder FOLDER | --all  [--out FILE] [--json]

Writes a bundle ({ "format": "capi-workbench-presets", "presets": [...] }) to FILE, or to stdout.
Presets never contain a token; the bundle is passed through the token redaction anyway.
--json prints { fileName, count } about the written file (with --out).`,
  async run(args, io) {
    const parsed = parseArgs(args, ['--folder', '--out'], ['--all', '--json'])
    const folder = stringFlag(parsed, '--folder')
    const chosen = [
      parsed.positional.length > 0,
      folder !== undefined,
      parsed.flags.has('--all'),
    ].filter(Boolean)
    if (chosen.length !== 1 || parsed.positional.length > 1) {
      throw new UsageError('say what to export: one preset id, --folder FOLDER, or --all')
    }
    let scope: ExportScope
    if (folder !== undefined) {
      if (!isValidFolder(folder)) throw new UsageError(`"${folder}" is not a folder path`)
      scope = { kind: 'folder', folder }
    } else if (parsed.flags.has('--all')) scope = { kind: 'all' }
    else {
      const id = parsed.positional[0]!
      if (!isValidPresetId(id)) throw new UsageError(`"${id}" is not a preset id`)
      scope = { kind: 'preset', id }
    }
    const bundle = await exportBundle(
      await presetStoreFor(io),
      scope,
      new Date(),
      await contactStoreFor(io),
    )
    const out = stringFlag(parsed, '--out')
    if (out === undefined) {
      io.stdout.write(bundle.text)
      return exitCode.ok
    }
    await writeFile(out, bundle.text, { mode: 0o600 })
    if (parsed.flags.has('--json'))
      writeLine(io.stdout, JSON.stringify({ fileName: out, count: bundle.count }))
    else writeLine(io.stdout, `Exported ${bundle.count} preset(s) to ${out}.`)
    return exitCode.ok
  },
}
