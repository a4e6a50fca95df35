import { AppError } from '../../shared/result'
import { type CliCommand, exitCode, UsageError, writeLine } from '../cliCommand'
import { parseArgs, presetStoreFor } from './presetArgs'

export const presetShowCommand: CliCommand = {
  name: 'preset show',
  summary: 'Print one preset (its draft, raw body or step; tags, preferred connection).',
  help: `Usage: capi preset show <id> [--json]

<id> is the preset's path under presets/ without .json, e.g. acme/purchase-whatsapp.
Prints the preset: a draft preset's draft, a raw preset's body exactly as saved, a step preset's
step and contact (the files capi step simulate reads). --json prints { id, revision, preset }.`,
  async run(args, io) {
    const parsed = parseArgs(args, [], ['--json'])
    const id = parsed.positional[0]
    if (!id || parsed.positional.length > 1) throw new UsageError('give exactly one preset id')
    try {
      const stored = await (await presetStoreFor(io)).get(id)
      if (parsed.flags.has('--json')) {
        writeLine(io.stdout, JSON.stringify(stored, null, 2))
        return exitCode.ok
      }
      const { preset } = stored
      writeLine(
        io.stdout,
        `${preset.name}  (${stored.id}, ${preset.kind} preset, revision ${stored.revision})`,
      )
      if (preset.description) writeLine(io.stdout, preset.description)
      if (preset.tags.length > 0) writeLine(io.stdout, `tags: ${preset.tags.join(', ')}`)
      if (preset.connectionName) writeLine(io.stdout, `connection: ${preset.connectionName}`)
      writeLine(io.stdout, `updated: ${preset.updatedAt}`)
      if (preset.kind === 'raw') {
        const headers = Object.entries(preset.sendSettings?.headers ?? {})
        for (const [name, value] of headers) writeLine(io.stdout, `header: ${name}: ${value}`)
        if (preset.sendSettings?.timeoutMs !== undefined)
          writeLine(io.stdout, `timeout: ${preset.sendSettings.timeoutMs} ms`)
        writeLine(io.stdout, preset.body)
      } else if (preset.kind === 'step') {
        writeLine(io.stdout, `step: ${JSON.stringify(preset.step, null, 2)}`)
        writeLine(io.stdout, `contact: ${JSON.stringify(preset.contact, null, 2)}`)
      } else writeLine(io.stdout, JSON.stringify(preset.draft, null, 2))
      return exitCode.ok
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') {
        writeLine(io.stderr, `capi preset show: ${error.message} Run capi preset list for the ids.`)
        return exitCode.usage
      }
      throw error
    }
  },
}
