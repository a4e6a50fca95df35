import { type CliCommand, exitCode, writeLine } from '../cliCommand'
import { parseArgs, presetStoreFor, stringFlag } from './presetArgs'

export const presetListCommand: CliCommand = {
  name: 'preset list',
  summary: 'List saved presets (folders, names, events; raw and step presets say their kind).',
  help: `Usage: capi preset list [--folder FOLDER] [--json]

Lists the presets under <data dir>/presets/ (one JSON file per preset, folders for groups).
A file that does not load is moved to presets/.quarantine/ and reported on stderr.

Options:
  --folder FOLDER   only presets in this folder and its sub-folders
  --json            print { presets, folders, quarantined } as JSON`,
  async run(args, io) {
    const parsed = parseArgs(args, ['--folder'], ['--json'])
    const folder = stringFlag(parsed, '--folder')
    const listing = await (await presetStoreFor(io)).list()
    const presets = listing.presets.filter(
      (preset) =>
        folder === undefined || preset.folder === folder || preset.folder.startsWith(folder + '/'),
    )
    for (const notice of listing.quarantined) writeLine(io.stderr, `warning: ${notice.message}`)
    if (parsed.flags.has('--json')) {
      writeLine(io.stdout, JSON.stringify({ ...listing, presets }, null, 2))
      return exitCode.ok
    }
    if (presets.length === 0) {
      writeLine(
        io.stdout,
        listing.presets.length > 0
          ? `No presets in folder "${folder}" (capi preset list shows all ${listing.presets.length}).`
          : 'No presets yet. Save one in the app, or: capi preset import <bundle.json>',
      )
      return exitCode.ok
    }
    const width = Math.max(...presets.map((preset) => preset.id.length)) + 2
    for (const preset of presets) {
      const tags = preset.tags.length > 0 ? `  [${preset.tags.join(', ')}]` : ''
      const kind = preset.kind === 'draft' ? '' : `  (${preset.kind} preset)`
      writeLine(
        io.stdout,
        `${preset.id.padEnd(width)}${preset.eventName.padEnd(18)}${preset.channel.padEnd(11)}${preset.name}${kind}${tags}`,
      )
    }
    return exitCode.ok
  },
}
