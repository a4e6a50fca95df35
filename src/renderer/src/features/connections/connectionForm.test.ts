import { describe, expect, it } from 'vitest'
import { formFromConnection, formProblems, saveInputFromForm } from './connectionForm'

describe('connection form', () => {
  it('turns a filled form into the save input, leaving blank assets out', () => {
    const form = {
      ...formFromConnection(),
      name: 'Acme',
      datasetId: '1234567890',
      endpointKind: 'sandbox' as const,
      assets: { ...formFromConnection().assets, page: { id: '42', country: 'de', name: '' } },
    }
    expect(saveInputFromForm(form, 'acme-1')).toEqual({
      id: 'acme-1',
      name: 'Acme',
      portfolioName: '',
      businessAccountName: '',
      datasetId: '1234567890',
      apiVersion: 'v26.0',
      endpoint: { kind: 'sandbox', url: 'http://127.0.0.1:8765' },
      assets: { page: { id: '42', country: 'de' } },
    })
  })

  it('names each field the shared schema refuses', () => {
    const form = {
      ...formFromConnection(),
      datasetId: 'abc',
      apiVersion: '26',
      endpointKind: 'custom' as const,
      endpointUrl: 'http://example.com',
      assets: {
        ...formFromConnection().assets,
        whatsapp: { id: '1', country: 'Brazil', name: '' },
      },
    }
    expect(formProblems(form)).toEqual({
      name: 'A connection needs a name.',
      datasetId: 'A Meta ID is a number (digits only).',
      apiVersion: 'A Graph API version looks like v26.0.',
      'endpoint.url': 'Use https, or http only for this machine (localhost, 127.0.0.1).',
      'assets.whatsapp.country': 'A country is a two-letter ISO code such as DE or BR.',
    })
  })
})

describe('new connections start from the settings’ defaults', () => {
  it('maps the default endpoint to Meta, the sandbox or a custom URL', () => {
    const forms = [
      'https://graph.facebook.com',
      'http://127.0.0.1:8765',
      'https://proxy.example.com',
    ].map((endpoint) => {
      const form = formFromConnection(undefined, { apiVersion: 'v25.0', endpoint })
      return [form.apiVersion, form.endpointKind, form.endpointUrl]
    })
    expect(forms).toEqual([
      ['v25.0', 'meta', ''],
      ['v25.0', 'sandbox', 'http://127.0.0.1:8765'],
      ['v25.0', 'custom', 'https://proxy.example.com'],
    ])
  })
})
