import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { WorkbenchApi } from '../../../../shared/contract/api'
import { ApiProvider } from '../../api/ApiContext'
import { ImportEditor } from './ImportEditor'

const token = 'EAABsbCS1iHgBAZBZCcanarytokenvalue0123456789'
const plain = 'plain-secret-canary-0001'

const fakeApi = new Proxy({} as WorkbenchApi, {
  get(_target, name: string) {
    if (name === 'on') return () => () => {}
    return async () =>
      name === 'transfer.importPayload'
        ? {
            ok: true,
            value: {
              source: { kind: 'curl' },
              drafts: [],
              problems: [],
              dropped: ['Authorization header', 'access_token in data.0.user_data'],
              notes: [],
            },
          }
        : { ok: false, error: { code: 'not_here', message: name } }
  },
})

describe('ImportEditor', () => {
  it('removes a pasted token from the text box once the text was read', async () => {
    render(
      <ApiProvider api={fakeApi}>
        <ImportEditor />
      </ApiProvider>,
    )
    const box = screen.getByLabelText('Payload or cURL command') as HTMLTextAreaElement
    const pasted = `curl -X POST 'https://graph.facebook.com/v26.0/1/events?access_token=${plain}' -H 'Authorization: Bearer ${token}' -u admin:${plain} -d '{"data":[{"user_data":{"access_token":"${plain}"}}]}'`
    fireEvent.change(box, { target: { value: pasted } })
    fireEvent.click(screen.getByRole('button', { name: /Read/ }))
    await waitFor(() => expect(screen.getByText(/Dropped, not kept anywhere/)).toBeTruthy())
    expect(box.value).not.toContain(plain)
    expect(box.value).not.toContain(token)
    expect(box.value).toContain('curl -X POST')
    expect(box.value).toContain('<REDACTED>')
  })
})
