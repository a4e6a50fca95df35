import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { isValidFolder, isValidPresetId } from '../presets/presetId'
import {
  DraftPresetContent,
  Preset,
  PresetBase,
  PresetContent,
  presetKinds,
  RawPresetContent,
  StepPresetContent,
} from '../presets/presetSchema'
import { bounded } from './bounded'
import { channel, noInput } from './channel'

export const PresetId = z.string().refine(isValidPresetId, {
  message: 'A preset id is a path of plain names separated by "/" (letters, digits, space, _ . -).',
})
export const PresetFolder = z.string().refine(isValidFolder, {
  message: 'A folder is a path of plain names separated by "/", or "" for the top level.',
})
/** A content hash of the file; a save names the revision it started from so nothing is overwritten blindly. */
export const Revision = z.string().regex(/^[0-9a-f]{16}$/)

export const PresetSummary = z.object({
  id: PresetId,
  folder: z.string(),
  /** `draft` (a composer draft), `raw` (a Meta request body as text) or `step` (a workflow step). */
  kind: z.enum(presetKinds),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  connectionName: z.string().optional(),
  /** The channel and event it sends ('' where a raw body does not say). */
  channel: z.string(),
  eventName: z.string(),
  updatedAt: z.string(),
  revision: Revision,
})
export type PresetSummary = z.infer<typeof PresetSummary>

export const QuarantineNotice = z.object({
  file: z.string(),
  problem: z.string(),
  movedTo: z.string(),
  message: z.string(),
  at: z.string(),
})

export const StoredPreset = z.object({ id: PresetId, revision: Revision, preset: Preset })
export type StoredPreset = z.infer<typeof StoredPreset>

/**
 * What an autosave holds: a composer draft (no `kind`, as every autosave written before raw and
 * step tabs were kept), a Raw Request body (text, byte for byte) or a Workflow Step and its contact.
 */
export const AutosaveContent = z.discriminatedUnion(
  'kind',
  [
    DraftPresetContent.partial({ name: true }).extend({ draft: EventDraft }),
    RawPresetContent.partial({ name: true }),
    StepPresetContent.partial({ name: true }),
  ],
  { error: 'kind is "draft", "raw" or "step" (absent means "draft")' },
)
export type AutosaveContent = z.infer<typeof AutosaveContent>
export type AutosaveContentInput = z.input<typeof AutosaveContent>

export const AutosaveEntry = z.object({
  /** The editor tab's key: a preset id, `draft:<n>`, `raw:<n>` or `workflow-step:<n>` for a new tab. */
  key: z.string().regex(/^[A-Za-z0-9:_./ -]{1,200}$/),
  presetId: PresetId.optional(),
  /** The revision the tab started from, to detect a conflict when it is restored. */
  baseRevision: Revision.optional(),
  title: z.string().max(200),
  content: AutosaveContent,
  savedAt: z.string(),
})
export type AutosaveEntry = z.infer<typeof AutosaveEntry>

export const presetsChannels = {
  'presets.list': channel(
    noInput,
    z.object({
      presets: z.array(PresetSummary),
      folders: z.array(z.string()),
      quarantined: z.array(QuarantineNotice),
    }),
  ),
  'presets.get': channel(z.object({ id: PresetId }).strict(), StoredPreset),
  /** No id: a new file named after the preset in `folder`. `expectedRevision: null` = must be new. */
  'presets.save': channel(
    z
      .object({
        id: PresetId.optional(),
        folder: PresetFolder.optional(),
        content: bounded(PresetContent, 'The preset', { maxBytes: 1024 * 1024 }),
        expectedRevision: Revision.nullable().optional(),
      })
      .strict(),
    StoredPreset,
  ),
  'presets.rename': channel(
    z.object({ id: PresetId, name: PresetBase.shape.name }).strict(),
    StoredPreset,
  ),
  'presets.move': channel(z.object({ id: PresetId, folder: PresetFolder }).strict(), StoredPreset),
  'presets.duplicate': channel(z.object({ id: PresetId }).strict(), StoredPreset),
  /** Returns the preset as it was, so the renderer can offer undo through `presets.restore`. */
  'presets.delete': channel(z.object({ id: PresetId }).strict(), StoredPreset),
  'presets.restore': channel(
    z
      .object({ id: PresetId, preset: bounded(Preset, 'The preset', { maxBytes: 1024 * 1024 }) })
      .strict(),
    StoredPreset,
  ),
  'presets.createFolder': channel(
    z.object({ folder: PresetFolder }).strict(),
    z.object({ folder: z.string() }),
  ),
  'presets.deleteFolder': channel(
    z.object({ folder: PresetFolder }).strict(),
    z.object({ folder: z.string() }),
  ),
  /** Drafts of open tabs, written (debounced) as the person types; restored at start. */
  'presets.autosave': channel(
    bounded(AutosaveEntry.omit({ savedAt: true }).strict(), 'The autosaved draft', {
      maxBytes: 1024 * 1024,
    }),
    z.object({ savedAt: z.string() }),
  ),
  'presets.autosaveList': channel(noInput, z.object({ entries: z.array(AutosaveEntry) })),
  'presets.autosaveClear': channel(
    z.object({ key: AutosaveEntry.shape.key }).strict(),
    z.object({ cleared: z.boolean() }),
  ),
}

export const PresetsChanged = z.object({
  /** `app`: written through the Workbench; `external`: an editor, git pull, a sync tool. */
  origin: z.enum(['app', 'external']),
  changes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['added', 'modified', 'removed']),
      revision: Revision.optional(),
    }),
  ),
  quarantined: z.array(QuarantineNotice).default([]),
})
export type PresetsChanged = z.infer<typeof PresetsChanged>
