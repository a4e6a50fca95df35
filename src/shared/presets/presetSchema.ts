import { z } from 'zod'
import { EventDraft } from '../capi/model/eventDraft'
import { variableValues } from '../contract/bounded'
import { readDraft } from './readDraft'

export const presetSchemaVersion = 1

/** Sample values for `{{contact.x}}` and `{{workflow.x}}` variables in the draft. */
export const SampleContact = z.object({
  contact: variableValues('sampleContact.contact').optional(),
  workflow: variableValues('sampleContact.workflow').optional(),
})
export type SampleContact = z.infer<typeof SampleContact>

/** What a person edits: everything in a preset except its file bookkeeping. */
export const PresetContent = z.object({
  name: z.string().trim().min(1, 'A preset needs a name.').max(200),
  description: z.string().max(10_000).default(''),
  tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  /** The connection it prefers, by name. Never a token: tokens live only in the OS keychain. */
  connectionName: z.string().max(200).optional(),
  sampleContact: SampleContact.optional(),
  /** The stored contact (by name) the composer selects when the preset opens. */
  defaultContact: z.string().trim().min(1).max(200).optional(),
  draft: EventDraft,
})
export type PresetContent = z.infer<typeof PresetContent>
export type PresetContentInput = z.input<typeof PresetContent>

/** One preset file on disk (pretty-printed JSON). The id is the file's path, so it is not stored. */
export const Preset = PresetContent.extend({
  schemaVersion: z.literal(presetSchemaVersion),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type Preset = z.infer<typeof Preset>

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
  const draft = readDraft(candidate.draft)
  if (!draft.ok) return { ok: false, problem: draft.problem }
  const parsed = Preset.safeParse({ ...candidate, draft: draft.draft })
  if (!parsed.success) return { ok: false, problem: describeIssues(parsed.error) }
  return {
    ok: true,
    preset: parsed.data,
    migrated: version !== presetSchemaVersion || draft.migrated,
  }
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
