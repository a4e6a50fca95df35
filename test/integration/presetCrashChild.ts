/**
 * Child process of presetCrash.test.ts: saves presets `crash/slot-<n mod slots>` for n = start …
 * total-1 and prints `ack <n>` after each save resolves. The test kills it with SIGKILL at random.
 * Usage: node --import tsx presetCrashChild.ts <presetsDir> <start> <total> <slots>
 */
import { createEmptyDraft } from '../../src/shared/capi/model/eventDraft'
import { PresetStore } from '../../src/services/presets/presetStore'

const [directory, startText, totalText, slotsText] = process.argv.slice(2)
if (!directory) throw new Error('usage: presetCrashChild.ts <dir> <start> <total> <slots>')
const start = Number(startText)
const total = Number(totalText)
const slots = Number(slotsText)
const store = new PresetStore({ directory, now: () => new Date() })
const padding = 'x'.repeat(6000)

for (let sequence = start; sequence < total; sequence++) {
  const draft = { ...createEmptyDraft('whatsapp'), notes: `sequence ${sequence} ${padding}` }
  await store.save({
    id: `crash/slot-${sequence % slots}`,
    content: {
      name: `Slot ${sequence % slots}`,
      description: `sequence=${sequence}`,
      tags: ['crash'],
      draft,
    },
  })
  process.stdout.write(`ack ${sequence}\n`)
}
