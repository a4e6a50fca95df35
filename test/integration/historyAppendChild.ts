/**
 * Child process of historyTwoProcesses.test.ts: records `count` sends tagged `<tag>-<n>` into the
 * history at `directory`. With `deleteEvery` > 0 it also deletes one of its own entries every
 * `deleteEvery` sends, which rewrites the file (as the app does on delete or past its limit).
 * Usage: node --import tsx historyAppendChild.ts <directory> <tag> <count> <deleteEvery>
 */
import { HistoryStore } from '../../src/services/history/historyStore'

const [directory, tag, countText, deleteEveryText] = process.argv.slice(2)
if (!directory || !tag)
  throw new Error('usage: historyAppendChild.ts <dir> <tag> <count> <deleteEvery>')
const count = Number(countText)
const deleteEvery = Number(deleteEveryText)
const store = new HistoryStore({ directory, now: () => new Date() })
// Some entries carry a response body bigger than a pipe buffer, so a torn write would show.
const big = 'b'.repeat(70_000)

for (let n = 0; n < count; n++) {
  const trace = `${tag}-${n}`
  const entry = await store.record({
    endpoint: 'http://127.0.0.1:1',
    result: {
      outcome: 'accepted',
      request: {
        method: 'POST',
        url: 'http://127.0.0.1:1/v26.0/1/events',
        headers: {},
        body: '{"data":[]}',
      },
      headers: {},
      timing: { queueMs: 0, connectMs: 0, tlsMs: 0, ttfbMs: 1, downloadMs: 0, totalMs: 1 },
      status: 200,
      fbtraceId: trace,
      json: { events_received: 1, fbtrace_id: trace, ...(n % 50 === 7 ? { padding: big } : {}) },
      startedAt: new Date().toISOString(),
    },
  })
  if (deleteEvery > 0 && n % deleteEvery === deleteEvery - 1) {
    await store.delete(entry.id)
    process.stdout.write(`deleted ${trace}\n`)
  }
}
process.stdout.write('done\n')
