/**
 * A send's date and time, always: a list that spans days must say which day (e.g. "Dec 2, 2026,
 * 09:14:05"). History and Compare label sends with it.
 */
export function timeLabel(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
}
