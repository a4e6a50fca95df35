import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { variableValues } from '../contract/bounded'
import { RequestHeaders, SendTimeoutMs } from '../contract/sendChannels'
import { StepContact, WorkflowStep } from '../step/stepSchema'
import { readDraft } from './readDraft'

/**
 * Version 1 holds all three kinds: `kind` is a new optional field (absent = `draft`, the only kind
 * before it), so every existing file stays valid as it is and needs no rewrite.
 */
export const presetSchemaVersion = 1

/** What a preset holds: a composer draft, a raw Meta request body, or a respond.io workflow step. */
export const presetKinds = ['draft', 'raw', 'step'] as const
export type PresetKind = (typeof presetKinds)[number]

/** Sample values for `{{contact.x}}` and `{{workflow.x}}` variables in the draft. */
export const SampleContact = z.object({
  contact: variableValues('sampleContact.contact').optional(),
  workflow: variableValues('sampleContact.workflow').optional(),
})
export type SampleContact = z.infer<typeof SampleContact>

/** The fields every kind of preset has (add a field here when every kind has it). */
export const PresetBase = z.object({
  name: z.string().trim().min(1, 'A preset needs a name.').max(200),
  description: z.string().max(10_000).default(''),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  /** The connection it prefers, by name. Never a token: tokens live only in the OS keychain. */
  connectionName: z.string().max(200).optional(),
  /** The stored contact (by name) the composer selects when a draft preset opens. */
  defaultContact: z.string().trim().min(1).max(200).optional(),
  schemaVersion: z.literal(presetSchemaVersion),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
})

/** The file bookkeeping the store writes; what a person edits is everything else. */
const stamps = { schemaVersion: true, createdAt: true, updatedAt: true } as const

/** A composer draft (a file without `kind` is one: that is every preset written before kinds). */
const DraftPreset = PresetBase.extend({
  kind: z.literal('draft').default('draft'),
  sampleContact: SampleContact.optional(),
  draft: EventDraft,
})

/** The per-tab send settings a raw request keeps: extra request headers and the total timeout. */
export const PresetSendSettings = z.strictObject({
  headers: RequestHeaders.optional(),
  timeoutMs: SendTimeoutMs.optional(),
})
export type PresetSendSettings = z.infer<typeof PresetSendSettings>

/** A raw Meta request body, kept as text byte for byte (big integers and key order untouched). */
const RawPreset = PresetBase.extend({
  kind: z.literal('raw'),
  body: z.string().max(1024 * 1024),
  sendSettings: PresetSendSettings.optional(),
})

/** A respond.io workflow step in `capi step simulate`'s step.json shape, with its contact. */
const StepPreset = PresetBase.extend({
  kind: z.literal('step'),
  step: WorkflowStep,
  contact: StepContact,
})

const kindProblem = { error: 'kind is "draft", "raw" or "step" (absent means "draft")' }

/** One preset file on disk (pretty-printed JSON). The id is the file's path, so it is not stored. */
export const Preset = z.discriminatedUnion(
  'kind',
  [DraftPreset, RawPreset, StepPreset],
  kindProblem,
)
export type Preset = z.infer<typeof Preset>
export type DraftPreset = Extract<Preset, { kind: 'draft' }>
export type RawPreset = Extract<Preset, { kind: 'raw' }>
export type StepPreset = Extract<Preset, { kind: 'step' }>

/** What a person edits: everything in a preset except its file bookkeeping. */
export const DraftPresetContent = DraftPreset.omit(stamps)
export const RawPresetContent = RawPreset.omit(stamps)
export const StepPresetContent = StepPreset.omit(stamps)
export const PresetContent = z.discriminatedUnion(
  'kind',
  [DraftPresetContent, RawPresetContent, StepPresetContent],
  kindProblem,
)
export type PresetContent = z.infer<typeof PresetContent>
export type PresetContentInput = z.input<typeof PresetContent>
export type DraftPresetContent = Extract<PresetContent, { kind: 'draft' }>
export type RawPresetContent = Extract<PresetContent, { kind: 'raw' }>
export type StepPresetContent = Extract<PresetContent, { kind: 'step' }>

export type PresetParse =
  { ok: true; preset: Preset; migrated: boolean } | { ok: false; problem: string }

/**
 * Reads any known version of a preset file. Version 0 (before `schemaVersion`) kept tags as one
 * comma-separated string and had no timestamps; `fallbackTime` (the file's mtime) fills them.
 * Errors name the field: `draft.eventName: expected string`.
 */
export function migratePreset(raw: unknown, fallbackTime: string): PresetParse {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'the file is not a JSON object' }
  }
  const record = raw as Record<string, unknown>
  const version = record.schemaVersion ?? 0
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      problem: 'schemaVersion is not a version number',
    }
  }
  if (version > presetSchemaVersion) {
    return {
      ok: false,
      problem: `schemaVersion ${version} is newer than this Workbench understands (${presetSchemaVersion}); update the app`,
    }
  }
  let candidate: Record<string, unknown> = record
  if (version === 0) {
    candidate = {
      ...record,
      schemaVersion: presetSchemaVersion,
      tags:
        typeof record.tags === 'string'
          ? record.tags
              .split(',')
              .map((tag) => tag.trim())
              .filter((tag) => tag !== '')
          : record.tags,
      createdAt: record.createdAt ?? fallbackTime,
      updatedAt: record.updatedAt ?? fallbackTime,
    }
  }
  let draftMigrated = false
  if (candidate.kind === undefined || candidate.kind === 'draft') {
    const draft = readDraft(candidate.draft)
    if (!draft.ok) return { ok: false, problem: draft.problem }
    candidate = { ...candidate, draft: draft.draft }
    draftMigrated = draft.migrated
  }
  const parsed = Preset.safeParse(candidate)
  if (!parsed.success) return { ok: false, problem: describeIssues(parsed.error) }
  return {
    ok: true,
    preset: parsed.data,
    migrated: version !== presetSchemaVersion || draftMigrated,
  }
}

/** The kind of a preset or of what an editor sends (no `kind` = a draft). */
export function presetKindOf(preset: { kind?: PresetKind | undefined }): PresetKind {
  return preset.kind ?? 'draft'
}

export function describeIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 5)
    .map(
      (issue) =>
        `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(top level)'}: ${issue.message}`,
    )
    .join('; ')
}
