import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import type { StoredContact } from '../../../../shared/contract/contactsChannels'
import { ApiProvider } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { ContactEditor } from './ContactEditor'

const stored: StoredContact = {
  id: 'rina',
  revision: '0123456789abcdef',
  contact: {
    schemaVersion: 1,
    name: 'Rina',
    contact: { email: 'rina@example.co.id', address: { city: 'Jakarta' } },
    workflow: {},
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
}

/** Records what the editor asks main for; `contacts.save` answers like the store would. */
let calls: { name: string; input: unknown }[]
const api = new Proxy({} as WorkbenchApi, {
  get(_target, name: string) {
    if (name === 'on') return () => () => {}
    return async (input: unknown) => {
      calls.push({ name, input })
      if (name === 'contacts.list')
        return { ok: true, value: { contacts: [stored], quarantined: [] } }
      if (name === 'contacts.save') {
        const { content } = input as { content: StoredContact['contact'] }
        return {
          ok: true,
          value: {
            ...stored,
            revision: 'fedcba9876543210',
            contact: { ...stored.contact, ...content },
          },
        }
      }
      return { ok: false, error: { code: 'not_here', message: name } }
    }
  },
})

describe('ContactEditor', () => {
  beforeEach(() => {
    calls = []
  })

  it('shows nested keys as dotted rows, refuses a bad key with a clear error, saves nested values', async () => {
    // The editor reads the bound store; this test drives the same one the app uses.
    const store = useWorkbenchStore
    store.getState().setContacts([stored])
    const tab = {
      id: 'contact:rina',
      kind: 'contact',
      title: 'Rina',
      resource: 'rina',
      dirty: false,
    }
    store.getState().openTab(tab)
    render(
      <ApiProvider api={api}>
        <ContactEditor tab={tab} />
      </ApiProvider>,
    )
    const form = await screen.findByRole('form', { name: 'Contact Rina' })
    const city = within(form).getByLabelText('Contact fields: value of address.city')
    fireEvent.change(within(form).getByLabelText('Contact fields: key 2'), {
      target: { value: 'address city' },
    })
    fireEvent.keyDown(form, { key: 's', ctrlKey: true })
    const error = await waitFor(() => {
      const row = form.querySelector<HTMLElement>('.contact-row-error')
      if (!row) throw new Error('no row error yet')
      return row
    })
    const banner = within(form).getAllByRole('alert')[0]!.textContent
    const errorLinked = within(form)
      .getByLabelText('Contact fields: key 2')
      .getAttribute('aria-describedby')
    const refused = calls.filter((call) => call.name === 'contacts.save').length
    fireEvent.change(within(form).getByLabelText('Contact fields: key 2'), {
      target: { value: 'address.town' },
    })
    fireEvent.click(within(form).getByRole('button', { name: /Save/ }))
    await waitFor(() => expect(calls.some((call) => call.name === 'contacts.save')).toBe(true))
    expect({
      cityShown: (city as HTMLInputElement).value,
      errorLinked,
      errorText: error.textContent,
      banner,
      refused,
      saved: calls.find((call) => call.name === 'contacts.save')?.input,
    }).toEqual({
      cityShown: 'Jakarta',
      errorLinked: error.id,
      errorText:
        '"address city" is not a key: use letters, digits, _ and -, with "." between nested names',
      banner:
        'Not saved: "address city" is not a key: use letters, digits, _ and -, with "." between nested names',
      refused: 0,
      saved: {
        id: 'rina',
        expectedRevision: '0123456789abcdef',
        content: {
          name: 'Rina',
          ctwa_clid: null,
          psid: null,
          igsid: null,
          contact: { email: 'rina@example.co.id', address: { town: 'Jakarta' } },
          workflow: {},
        },
      },
    })
  })

  it('an edit on disk while the editor has unsaved edits is announced, not applied; Reload takes it', async () => {
    const store = useWorkbenchStore
    const disk = { ...stored, id: 'ana', contact: { ...stored.contact, name: 'Ana' } }
    store.getState().setContacts([disk])
    const tab = { id: 'contact:ana', kind: 'contact', title: 'Ana', resource: 'ana', dirty: false }
    store.getState().openTab(tab)
    const view = render(
      <ApiProvider api={api}>
        <ContactEditor tab={store.getState().tabs.find((open) => open.id === tab.id)!} />
      </ApiProvider>,
    )
    const rerender = () =>
      view.rerender(
        <ApiProvider api={api}>
          <ContactEditor tab={store.getState().tabs.find((open) => open.id === tab.id)!} />
        </ApiProvider>,
      )
    const form = await screen.findByRole('form', { name: 'Contact Ana' })
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ana (mine)' } })
    rerender()
    // Another program rewrote the file: the listing that follows contacts.changed brings it.
    store.getState().setContacts([
      {
        ...disk,
        revision: '1111111111111111',
        contact: { ...disk.contact, contact: { email: 'ana@disk.example' } },
      },
    ])
    rerender()
    const banner = await within(form).findByText(/changed on disk/)
    const kept = (within(form).getByLabelText('Name') as HTMLInputElement).value
    fireEvent.click(within(form).getByRole('button', { name: 'Reload from disk' }))
    rerender()
    await waitFor(() => expect(within(form).queryByText(/changed on disk/)).toBeNull())
    expect({
      banner: banner.closest('[role="alert"]') !== null,
      kept,
      reloaded: (within(form).getByLabelText('Name') as HTMLInputElement).value,
      email: (within(form).getByLabelText('Contact fields: value of email') as HTMLInputElement)
        .value,
      dirty: store.getState().tabs.find((open) => open.id === tab.id)?.dirty,
    }).toEqual({
      banner: true,
      kept: 'Ana (mine)',
      reloaded: 'Ana',
      email: 'ana@disk.example',
      dirty: false,
    })
  })
})
