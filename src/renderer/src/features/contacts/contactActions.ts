import type { StoredContact } from '../../../../shared/contract/contactsChannels'
import type { CommandContext } from '../../commands/command'
import type { WorkbenchStore } from '../../state/store'

export function contactTabId(id: string): string {
  return `contact:${id}`
}

let newContactCounter = 0

export async function refreshContacts({ store, api }: CommandContext): Promise<void> {
  const result = await api['contacts.list']()
  const state = store.getState()
  if (!result.ok) {
    state.setContactsError(result.error.message)
    return
  }
  state.setContacts(
    result.value.contacts,
    result.value.quarantined.map((notice) => notice.message),
  )
}

const syncing = new WeakSet<WorkbenchStore>()

/**
 * Lists the contacts once per store and keeps the cache in step with `contacts.changed` (saves in
 * another window, the CLI, an import). Safe to call from every component that needs them.
 */
export function ensureContactSync(context: CommandContext): void {
  if (syncing.has(context.store)) return
  syncing.add(context.store)
  void refreshContacts(context)
  let timer: ReturnType<typeof setTimeout> | undefined
  context.api.on('contacts.changed', () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void refreshContacts(context), 100)
  })
}

/**
 * Opens a contact in its editor tab; without one, a new contact. `addField` (`contact.city`,
 * `workflow.order_total`) opens it with that field added and focused, ready to fill.
 */
export function openContactEditor(
  { store }: CommandContext,
  contact?: StoredContact,
  options: { addField?: string } = {},
): void {
  const state = store.getState()
  const id = contact ? contactTabId(contact.id) : `contact:new:${++newContactCounter}`
  if (options.addField) state.setTabMemory(id, 'addField', options.addField)
  if (contact) state.selectContact(contact.id)
  state.openTab({
    id,
    kind: 'contact',
    title: contact ? contact.contact.name : 'New contact',
    ...(contact ? { resource: contact.id } : {}),
  })
}

export async function duplicateContact(context: CommandContext, id: string): Promise<void> {
  const result = await context.api['contacts.duplicate']({ id })
  const state = context.store.getState()
  if (!result.ok) {
    state.notify({
      level: 'error',
      message: 'The contact was not duplicated.',
      detail: result.error.message,
    })
    return
  }
  state.putContact(result.value)
  state.selectContact(result.value.id)
  openContactEditor(context, result.value)
}

/** Deletes after the person confirmed; its open editor tab closes. */
export async function deleteContact(context: CommandContext, id: string): Promise<boolean> {
  const result = await context.api['contacts.delete']({ id })
  const state = context.store.getState()
  if (!result.ok) {
    state.notify({
      level: 'error',
      message: 'The contact was not deleted.',
      detail: result.error.message,
    })
    return false
  }
  state.dropContact(id)
  state.closeTab(contactTabId(id))
  state.notify({ level: 'info', message: `Deleted contact "${result.value.contact.name}".` })
  return true
}

/** Imports the text of a JSON or CSV file and reports what was added and each row's problem. */
export async function importContactsText(
  context: CommandContext,
  text: string,
  fileName?: string,
): Promise<void> {
  const result = await context.api['contacts.import']({
    text,
    ...(fileName ? { fileName } : {}),
  })
  const state = context.store.getState()
  if (!result.ok) {
    state.notify({
      level: 'error',
      message: 'The contacts were not imported.',
      detail: result.error.message,
    })
    return
  }
  const { imported, problems } = result.value
  state.setLastContactImport({ ...result.value, ...(fileName ? { fileName } : {}) })
  await refreshContacts(context)
  // showView toggles the side bar when the view is already shown: only open it when it is not.
  const layout = context.store.getState()
  if (layout.activeViewId !== 'contacts' || !layout.sideBarVisible) layout.showView('contacts')
  state.notify({
    level: imported.length === 0 ? 'warning' : problems.length > 0 ? 'warning' : 'success',
    message: `Imported ${imported.length} contact${imported.length === 1 ? '' : 's'}${fileName ? ` from ${fileName}` : ''}.`,
    ...(problems.length > 0
      ? {
          detail: `${problems.length} not imported; the Contacts view lists why (${problems[0]!.message})`,
        }
      : {}),
  })
}
