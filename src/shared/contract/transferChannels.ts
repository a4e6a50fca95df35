import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { bounded } from './bounded'
import { channel } from './channel'
import { HistoryId } from './historyChannels'
import { SampleContact } from '../presets/presetSchema'
import { PresetFolder, PresetId } from './presetsChannels'

export const bundleFormat = 'capi-workbench-presets'

/** One JSON file holding presets; presets inside may be of any known preset schema version. */
export const PresetBundle = z.object({
  format: z.literal(bundleFormat),
  schemaVersion: z.literal(1),
  exportedAt: z.string(),
  /** What was exported: `preset acme/purchase`, `folder acme`, `everything`. */
  scope: z.string(),
  presets: z.array(z.object({ id: z.string(), preset: z.unknown() })),
  /** Sample contacts (bundles from before contacts existed have none). */
  contacts: z.array(z.object({ id: z.string(), contact: z.unknown() })).optional(),
})
export type PresetBundle = z.infer<typeof PresetBundle>

export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), id: PresetId }),
  z.object({ kind: z.literal('folder'), folder: PresetFolder }),
  z.object({ kind: z.literal('all') }),
])
export type ExportScope = z.infer<typeof ExportScope>

export const ConflictDecision = z.enum(['keepBoth', 'replace', 'skip'])
export type ConflictDecision = z.infer<typeof ConflictDecision>

export const ImportPlanItem = z.object({
  id: z.string(),
  name: z.string(),
  /** A preset with this id exists already: the person must choose keep both / replace / skip. */
  conflict: z.boolean(),
  /** Set when the bundle's copy cannot be imported (it is then skipped). */
  problem: z.string().optional(),
})
export type ImportPlanItem = z.infer<typeof ImportPlanItem>

export const ImportProblem = z.object({
  path: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  fix: z.string(),
})

export const PayloadImport = z.object({
  source: z.object({
    kind: z.enum(['body', 'data', 'event', 'curl']),
    endpoint: z.string().optional(),
    apiVersion: z.string().optional(),
    datasetId: z.string().optional(),
  }),
  /** One draft per event of the payload, every field mapped; hashed values kept as hashes. */
  drafts: z.array(EventDraft),
  /** The validator's findings on the payload plus what the import could not map. */
  problems: z.array(ImportProblem),
  /** Secrets left out (named, never their value): `Authorization header`, `access_token in the URL`. */
  dropped: z.array(z.string()),
  notes: z.array(z.string()),
})
export type PayloadImport = z.infer<typeof PayloadImport>

export const transferChannels = {
  'transfer.export': channel(
    z.object({ scope: ExportScope }).strict(),
    z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  ),
  'transfer.previewImport': channel(
    z.object({ text: z.string().max(50_000_000) }).strict(),
    z.object({
      items: z.array(ImportPlanItem),
      /** The bundle's contacts: `conflict` when a different contact already has the name. */
      contacts: z.array(z.object({ name: z.string(), conflict: z.boolean() })).default([]),
    }),
  ),
  /** Every conflict needs a decision; an undecided one fails with `decision_needed`. */
  'transfer.importBundle': channel(
    z
      .object({
        text: z.string().max(50_000_000),
        decisions: bounded(z.record(z.string().max(300), ConflictDecision), 'decisions', {
          maxBytes: 4 * 1024 * 1024,
          maxValues: 20_001,
          maxDepth: 1,
        }).default({}),
      })
      .strict(),
    z.object({
      imported: z.array(
        z.object({
          from: z.string(),
          id: z.string(),
          action: z.enum(['new', 'keepBoth', 'replace']),
        }),
      ),
      skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
      /** Contacts are never overwritten: a taken name is imported as `<name> (imported)`. */
      contacts: z
        .object({
          imported: z.array(
            z.object({ id: z.string(), name: z.string(), renamedFrom: z.string().optional() }),
          ),
          skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
        })
        .default({ imported: [], skipped: [] }),
    }),
  ),
  'transfer.importPayload': channel(
    z.object({ text: z.string().max(10_000_000) }).strict(),
    PayloadImport,
  ),
  /** "Copy as cURL" / "Copy as raw Meta body" for a history entry or a draft (token as a placeholder). */
  'transfer.copyAs': channel(
    z
      .object({
        format: z.enum(['curl', 'body']),
        historyId: HistoryId.optional(),
        draft: bounded(EventDraft, 'The draft', { maxBytes: 512 * 1024 }).optional(),
        target: z
          .object({ endpoint: z.string(), datasetId: z.string(), apiVersion: z.string() })
          .partial()
          .optional(),
        sampleContact: SampleContact.optional(),
      })
      .strict(),
    z.object({ text: z.string(), problems: z.array(ImportProblem) }),
  ),
}
