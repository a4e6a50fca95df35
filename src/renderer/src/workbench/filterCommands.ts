import type { Command } from '../commands/command'

/** Every word of the query must appear in "Category: Title" (any order, any case). */
export function filterCommands(commands: Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const matching = commands.filter((command) => {
    const text = `${command.category}: ${command.title}`.toLowerCase()
    return words.every((word) => text.includes(word))
  })
  return matching.sort((a, b) => `${a.category}${a.title}`.localeCompare(`${b.category}${b.title}`))
}
