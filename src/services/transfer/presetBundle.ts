import {
  bundleFormat,
  PresetBundle,
  type ConflictDecision,
  type ExportScope,
  type ImportPlanItem,
} from '../../shared/contract/transferChannels'
import { isValidPresetId, slugify } from '../../shared/presets/presetId'
import {
  migratePreset,
  type Preset,
  type PresetContentInput,
} from '../../shared/presets/presetSchema'
import { redactToken } from '../../shared/redact'
import { AppError } from '../../shared/result'
import type { PresetStore } from '../presets/presetStore'
import type { ContactStore } from '../contacts/contactStore'
import { bundledContacts, exportableContacts, importBundledContacts } from './bundleContacts'
import { jsonSyntaxMessage } from './jsonSyntaxMessage'

/**
 * Exports a preset, a folder (with its sub-folders) or everything as one JSON bundle. Presets hold
 * no token by design; the text still goes through the shared redaction, so a token pasted into a
 * note never leaves the machine either.
 */
export async function exportBundle(
  store: PresetStore,
  scope: ExportScope,
  now: Date,
  contacts?: ContactStore,
): Promise<{ fileName: string; text: string; count: number }> {
  const { presets } = await store.list()
  const chosen = presets.filter((summary) =>
    scope.kind === 'all'
      ? true
      : scope.kind === 'preset'
        ? summary.id === scope.id
        : scope.folder === '' || summary.id.startsWith(scope.folder + '/'),
  )
  if (scope.kind === 'preset' && chosen.length === 0) {
    throw new AppError('not_found', `There is no preset "${scope.id}".`)
  }
  const items: { id: string; preset: Preset }[] = []
  for (const summary of chosen) {
    const stored = await store.get(summary.id)
    items.push({ id: stored.id, preset: stored.preset })
  }
  const label =
    scope.kind === 'all'
      ? 'everything'
      : scope.kind === 'preset'
        ? `preset ${scope.id}`
        : `folder ${scope.folder || '(top level)'}`
  const bundle: PresetBundle = {
    format: bundleFormat,
    schemaVersion: 1,
    exportedAt: now.toISOString(),
    scope: label,
    presets: items,
  }
  const withContacts = contacts
    ? await exportableContacts(
        contacts,
        scope.kind === 'all' ? 'all' : items.map((item) => item.preset.defaultContact),
      )
    : []
  if (withContacts.length > 0) bundle.contacts = withContacts
  const text = redactToken(JSON.stringify(bundle, null, 2)) + '\n'
  const stem =
    scope.kind === 'all'
      ? 'all-presets'
      : slugify(scope.kind === 'preset' ? scope.id : scope.folder || 'presets')
  return { fileName: `${stem}.capi-presets.json`, text, count: items.length }
}

export function parseBundle(text: string): PresetBundle {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new AppError('invalid_input', `The bundle is not valid JSON: ${jsonSyntaxMessage(error)}`)
  }
  const parsed = PresetBundle.safeParse(raw)
  if (!parsed.success) {
    throw new AppError(
      'invalid_input',
      `This is not a CAPI Workbench preset bundle (expected "format": "${bundleFormat}").`,
      parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(bundle)'}: ${issue.message}`),
    )
  }
  return parsed.data
}

interface ReadItem {
  id: string
  preset?: Preset
  problem?: string
}

function readItems(bundle: PresetBundle, now: Date): ReadItem[] {
  return bundle.presets.map(({ id, preset }) => {
    if (!isValidPresetId(id)) return { id, problem: 'the id is not a plain path of names' }
    const parsed = migratePreset(preset, now.toISOString())
    return parsed.ok ? { id, preset: parsed.preset } : { id, problem: parsed.problem }
  })
}

/** What an import would do: which presets are new, which collide with an existing one. */
export async function planImport(
  store: PresetStore,
  text: string,
  now: Date,
): Promise<ImportPlanItem[]> {
  const bundle = parseBundle(text)
  const { presets } = await store.list()
  const existing = new Set(presets.map((summary) => summary.id))
  return readItems(bundle, now).map((item) => ({
    id: item.id,
    name: item.preset?.name ?? item.id,
    conflict: existing.has(item.id),
    ...(item.problem ? { problem: item.problem } : {}),
  }))
}

/**
 * Imports a bundle. Conflicts are never guessed: each one needs a decision (keep both, replace,
 * skip), else nothing is written and the error lists the undecided ids.
 */
export async function importBundle(
  store: PresetStore,
  text: string,
  decisions: Record<string, ConflictDecision>,
  now: Date,
  contactStore?: ContactStore,
): Promise<{
  imported: { from: string; id: string; action: 'new' | 'keepBoth' | 'replace' }[]
  skipped: { id: string; reason: string }[]
  /** Only when a contact store is given (the app and the CLI give theirs). */
  contacts?: Awaited<ReturnType<typeof importBundledContacts>>['result']
}> {
  const plan = await planImport(store, text, now)
  const undecided = plan.filter((item) => item.conflict && !item.problem && !decisions[item.id])
  if (undecided.length > 0) {
    throw new AppError(
      'decision_needed',
      `${undecided.length} preset(s) already exist. Choose keep both, replace or skip for each.`,
      undecided.map((item) => item.id),
    )
  }
  const bundle = parseBundle(text)
  // Contacts first: a preset's default contact follows its contact when that one is renamed.
  const contacts = contactStore
    ? await importBundledContacts(contactStore, bundledContacts(bundle))
    : { result: { imported: [], skipped: [] }, renamed: new Map<string, string>() }
  const items = readItems(bundle, now)
  const imported: { from: string; id: string; action: 'new' | 'keepBoth' | 'replace' }[] = []
  const skipped: { id: string; reason: string }[] = []
  for (const [index, item] of items.entries()) {
    const conflict = plan[index]?.conflict ?? false
    if (!item.preset) {
      skipped.push({ id: item.id, reason: item.problem ?? 'not readable' })
      continue
    }
    const decision = conflict ? decisions[item.id] : undefined
    if (decision === 'skip') {
      skipped.push({ id: item.id, reason: 'skipped: a preset with this id exists' })
      continue
    }
    const { schemaVersion: _v, createdAt: _c, updatedAt: _u, ...content } = item.preset
    const renamedContact = content.defaultContact && contacts.renamed.get(content.defaultContact)
    if (renamedContact) content.defaultContact = renamedContact
    const outcome = await importOne(store, item.id, content, decision).catch((error: unknown) => {
      // A folder in presets/ that links elsewhere: this preset is skipped, the others still land.
      if (error instanceof AppError && error.code === 'unsafe_path') return error
      throw error
    })
    if (outcome instanceof AppError) {
      skipped.push({ id: item.id, reason: outcome.message })
      continue
    }
    if (outcome === 'exists') {
      skipped.push({ id: item.id, reason: 'skipped: a preset with this id exists already' })
      continue
    }
    imported.push(outcome)
  }
  return contactStore && bundle.contacts
    ? { imported, skipped, contacts: contacts.result }
    : { imported, skipped }
}

async function importOne(
  store: PresetStore,
  id: string,
  content: PresetContentInput,
  decision: ConflictDecision | undefined,
): Promise<{ from: string; id: string; action: 'new' | 'keepBoth' | 'replace' } | 'exists'> {
  if (decision === 'keepBoth') {
    const folder = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : ''
    const stored = await store.save({
      folder,
      content: { ...content, name: `${content.name} (imported)` },
    })
    return { from: id, id: stored.id, action: 'keepBoth' }
  }
  const replace = decision === 'replace'
  try {
    // Only a decided replace overwrites: a preset that appeared since the plan (another
    // window, or the same id twice in the bundle) is kept and this copy is skipped.
    const stored = await store.save({
      id,
      content,
      ...(replace ? {} : { expectedRevision: null }),
    })
    return { from: id, id: stored.id, action: replace ? 'replace' : 'new' }
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return 'exists'
    throw error
  }
}
