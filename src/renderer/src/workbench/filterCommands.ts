import fuzzysort from 'fuzzysort'
import type { Command } from '../commands/command'

function label(command: Command): string {
  return `${command.category}: ${command.title}`
}

/**
 * The palette's list. Without a query: recently used commands first (most recent on top), then
 * the rest alphabetically. With one: fuzzy matching on "Category: Title" ("nw evnt" finds
 * "New Event"), best match first, recently used first among equals.
 */
export function filterCommands(
  commands: Command[],
  query: string,
  recent: readonly string[] = [],
): Command[] {
  const recency = (command: Command) => {
    const index = recent.indexOf(command.id)
    return index < 0 ? Number.POSITIVE_INFINITY : index
  }
  const alphabetical = (a: Command, b: Command) => label(a).localeCompare(label(b))
  if (query.trim() === '') {
    return [...commands].sort((a, b) => recency(a) - recency(b) || alphabetical(a, b))
  }
  const results = fuzzysort.go(query.trim(), commands, { key: label, threshold: 0, limit: 0 })
  return [...results]
    .sort(
      (a, b) => b.score - a.score || recency(a.obj) - recency(b.obj) || alphabetical(a.obj, b.obj),
    )
    .map((result) => result.obj)
}
