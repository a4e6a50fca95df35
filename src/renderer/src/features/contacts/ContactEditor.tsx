import { useEffect, useState, type KeyboardEvent } from 'react'
import { useApi } from '../../api/ApiContext'
import type { EditorTab } from '../../state/editorSlice'
import { useWorkbenchStore } from '../../state/store'
import { useTabMemory } from '../../state/useTabMemory'
import { EmptyState } from '../../ui/EmptyState'
import { ContactDiskBanner } from './ContactDiskBanner'
import { ContactEditorHeader } from './ContactEditorHeader'
import { ConversationSection } from './ConversationSection'
import { FieldRowsEditor } from './FieldRowsEditor'
import { ensureContactSync, openContactEditor } from './contactActions'
import {
  fromContactForm,
  splitVariable,
  toContactForm,
  type ContactForm,
  type FormErrors,
} from './contactForm'
import './contacts.css'

/** The contact editor (tab kind `contact`), loaded on demand: name, conversation, fields, values. */
export function ContactEditor({ tab }: { tab: EditorTab }) {
  const api = useApi()
  const context = { store: useWorkbenchStore, api }
  const id = tab.resource
  const stored = useWorkbenchStore((state) =>
    id ? state.contacts.find((contact) => contact.id === id) : undefined,
  )
  const loaded = useWorkbenchStore((state) => state.contactsLoaded)
  const addField = useWorkbenchStore((state) => state.tabMemory[tab.id]?.addField) as
    string | undefined
  const setTabMemory = useWorkbenchStore((state) => state.setTabMemory)
  const [form, setForm] = useTabMemory<ContactForm | undefined>(tab.id, 'form', undefined)
  const [baseRevision, setBaseRevision] = useTabMemory<string | undefined>(
    tab.id,
    'revision',
    undefined,
  )
  const [errors, setErrors] = useTabMemory<FormErrors>(tab.id, 'errors', {})
  const [banner, setBanner] = useState<string | undefined>()
  useEffect(() => ensureContactSync(context), [])
  // First show, and a change saved elsewhere while this tab has no edits of its own. With unsaved
  // edits nothing is replaced: the disk banner below tells, and the person chooses.
  useEffect(() => {
    if (id && !stored) return
    if (form && (tab.dirty || !stored || stored.revision === baseRevision)) return
    setForm(toContactForm(stored?.contact))
    setBaseRevision(stored?.revision)
  }, [stored, form === undefined])
  const changedOnDisk = Boolean(
    form && tab.dirty && stored && baseRevision && stored.revision !== baseRevision,
  )
  const removedOnDisk = Boolean(id && loaded && !stored && form && tab.dirty)
  useEffect(() => {
    if (!changedOnDisk && !removedOnDisk) return
    useWorkbenchStore.getState().notify({
      level: 'warning',
      message: `Contact "${form?.name ?? id}" ${removedOnDisk ? 'was removed' : 'changed'} on disk while it has unsaved edits; nothing was overwritten.`,
    })
  }, [changedOnDisk, removedOnDisk, stored?.revision])
  // "Add {{contact.x}}" from a problem: the row is added (once) and its value focused.
  useEffect(() => {
    if (!form || !addField) return
    setTabMemory(tab.id, 'addField', undefined)
    const target = splitVariable(addField)
    if (!target) return
    if (!form[target.section].some((row) => row.key === target.key)) {
      change({
        ...form,
        [target.section]: [...form[target.section], { key: target.key, value: '' }],
      })
    }
    requestAnimationFrame(() => {
      const selector = `[data-field-key="${CSS.escape(addField)}"]`
      document.querySelector<HTMLInputElement>(`.contact-editor ${selector}`)?.focus()
    })
  }, [form === undefined, addField])

  if (id && loaded && !stored && !(form && tab.dirty)) {
    return <EmptyState icon="person" title="This contact no longer exists." />
  }
  if (!form) return <EmptyState icon="loading" title="Loading the contact…" />

  function change(next: ContactForm) {
    setForm(next)
    if (!tab.dirty) useWorkbenchStore.getState().setTabDirty(tab.id, true)
  }

  async function save(): Promise<void> {
    if (!form) return
    const parsed = fromContactForm(form)
    if (parsed.errors) {
      setErrors(parsed.errors)
      const first = Object.keys(parsed.errors)[0]
      setBanner(`Not saved: ${Object.values(parsed.errors)[0]}`)
      if (first === 'name') document.getElementById(`${base}-name`)?.focus()
      return
    }
    // Removed on disk and kept: the file is written again (refused if it came back meanwhile).
    const expectedRevision = removedOnDisk ? null : (baseRevision ?? null)
    const result = await api['contacts.save']({
      ...(id ? { id, expectedRevision } : {}),
      content: parsed.content,
    })
    const state = useWorkbenchStore.getState()
    if (!result.ok) {
      setErrors(result.error.code === 'name_taken' ? { name: result.error.message } : {})
      setBanner(result.error.message)
      return
    }
    setErrors({})
    setBanner(undefined)
    state.putContact(result.value)
    state.notify({ level: 'success', message: `Saved contact "${result.value.contact.name}".` })
    if (!id) {
      state.closeTab(tab.id)
      openContactEditor(context, result.value)
      return
    }
    setForm(toContactForm(result.value.contact))
    setBaseRevision(result.value.revision)
    state.setTabTitle(tab.id, result.value.contact.name)
    state.setTabDirty(tab.id, false)
  }

  const base = tab.id.replace(/[^A-Za-z0-9_-]/g, '-')
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      event.stopPropagation()
      void save()
    }
  }
  return (
    <form
      className="contact-editor"
      aria-label={`Contact ${form.name || 'new'}`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <ContactEditorHeader tab={tab} stored={stored} onSave={() => void save()} />
      {changedOnDisk || removedOnDisk ? (
        <ContactDiskBanner
          removed={removedOnDisk}
          onReload={() => {
            if (!stored) return
            setForm(toContactForm(stored.contact))
            setBaseRevision(stored.revision)
            setErrors({})
            useWorkbenchStore.getState().setTabDirty(tab.id, false)
          }}
          onKeepMine={() => setBaseRevision(stored?.revision)}
        />
      ) : null}
      {banner ? (
        <p className="contact-banner" role="alert">
          {banner}
        </p>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor={`${base}-name`}>
          Name
        </label>
        <input
          id={`${base}-name`}
          value={form.name}
          placeholder="e.g. Rina Wijaya (Indonesia)"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${base}-name-error` : undefined}
          onChange={(event) => change({ ...form, name: event.target.value })}
        />
        {errors.name ? (
          <p className="field-problem error" id={`${base}-name-error`}>
            {errors.name}
          </p>
        ) : null}
      </div>
      <FieldRowsEditor
        idBase={base}
        namespace="contact"
        legend="Contact fields"
        rows={form.contact}
        errors={errors}
        onChange={(rows) => change({ ...form, contact: rows })}
      />
      <FieldRowsEditor
        idBase={base}
        namespace="workflow"
        legend="Workflow values"
        rows={form.workflow}
        errors={errors}
        onChange={(rows) => change({ ...form, workflow: rows })}
      />
      <ConversationSection idBase={base} form={form} onChange={change} />
    </form>
  )
}
