import type { EventDraft } from '../capi/model/eventDraft'
import { draftSchemaVersion } from '../capi/model/eventDraft'
import { migrateDraft } from '../capi/model/migrateDraft'

export type DraftRead =
  { ok: true; draft: EventDraft; migrated: boolean } | { ok: false; problem: string }

/** The draft inside a preset, of any known draft version; problems are prefixed with `draft.`. */
export function readDraft(raw: unknown): DraftRead {
  if (raw === undefined) return { ok: false, problem: 'draft: the preset has no draft' }
  const result = migrateDraft(raw)
  if (!result.ok) {
    return {
      ok: false,
      problem: result.errors
        .slice(0, 5)
        .map(
          (error) => `draft${/^[A-Za-z]/.test(error) && error.includes(':') ? '.' : ': '}${error}`,
        )
        .join('; '),
    }
  }
  return { ok: true, draft: result.draft, migrated: result.fromVersion !== draftSchemaVersion }
}
