import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../model/eventDraft'
import { regionWarnings } from './regionWarnings'
import {
  isRestrictedCountry,
  restrictedCountries,
  restrictedCountryOfPhone,
} from './restrictedCountries'

describe('restricted countries', () => {
  it('has the 32 codes of §11, GB and GR spelled as ISO', () => {
    expect([
      restrictedCountries.length,
      isRestrictedCountry('gb'),
      isRestrictedCountry('UK'),
      isRestrictedCountry('EL'),
      isRestrictedCountry('US'),
      isRestrictedCountry('CH'),
    ]).toEqual([32, true, true, true, false, false])
  })

  it('maps international phone numbers to their country', () => {
    expect(
      [
        '+44 20 7946 0958',
        '0033 1 23 45 67 89',
        '+81 3-1234-5678',
        '4915112345678',
        '+1 650 555 1212',
        '020 7946 0958',
        '+351 912 345 678',
        '+355 69 123 4567',
      ].map((phone) => restrictedCountryOfPhone(phone)?.code),
    ).toEqual(['GB', 'FR', 'JP', 'DE', undefined, undefined, 'PT', undefined])
  })
})

describe('regionWarnings', () => {
  const draft = {
    ...createEmptyDraft('messenger'),
    ids: { pageId: '100000000000002' },
    customer: { ph: ['+49 151 1234 5678', '+1 650 555 1212', '{{contact.phone}}'] },
  }

  it('warns about a restricted asset and notes restricted customer phones', () => {
    const problems = regionWarnings(
      draft,
      {
        assets: [
          { kind: 'page', id: '100000000000002', country: 'de' },
          { kind: 'whatsapp', id: '1', country: 'FR' },
        ],
      },
      { contact: { phone: '+33 6 12 34 56 78' } },
    )
    expect(problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'region.restricted_asset', 'ids.pageId'],
      ['info', 'region.customer_phone', 'customer.ph.0'],
      ['info', 'region.customer_phone', 'customer.ph.2'],
    ])
  })

  it('names the asset, the country, Meta’s answer and the customer caveat', () => {
    const [warning] = regionWarnings(draft, {
      assets: [{ kind: 'page', id: '100000000000002', country: 'JP' }],
    })
    expect(warning?.message).toBe(
      'The Facebook Page 100000000000002 is registered in Japan (JP), a restricted region. Meta may reject the event with "Messaging Event Within Messaging Restrictive Region": under the EU ePrivacy Directive (and Japan\'s rules) Meta limits messaging APIs for businesses there. The end customer\'s location may matter too, which the Workbench cannot know.',
    )
  })

  it('says nothing for assets elsewhere', () => {
    expect(
      regionWarnings(
        { ...draft, customer: {} },
        { assets: [{ kind: 'page', id: '100000000000002', country: 'US' }] },
      ),
    ).toEqual([])
  })
})
