import type { CustomData } from '../model/eventDraft'

export interface CustomDataIssue {
  path: string
  message: string
  fix: string
}

const decimal = /^-?(\d+(\.\d*)?|\.\d+)$/
const integer = /^-?\d+$/

/**
 * Converts the typed custom data to `custom_data`: numbers become JSON numbers; a `value` that is not
 * a number is kept as text so the validator (R17) reports it. `resolve` replaces variables and trims.
 */
export function buildCustomData(
  customData: CustomData,
  resolve: (text: string, path: string) => string | undefined,
  issues: CustomDataIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const text = (draftKey: keyof CustomData, bodyKey: string): void => {
    const raw = customData[draftKey]
    if (typeof raw !== 'string') return
    const value = resolve(raw, `customData.${draftKey}`)
    if (value !== undefined && value !== '') out[bodyKey] = value
  }
  const number = (
    draftKey: keyof CustomData,
    bodyKey: string,
    pattern: RegExp,
    what: string,
  ): void => {
    const raw = customData[draftKey]
    if (typeof raw !== 'string') return
    const value = resolve(raw, `customData.${draftKey}`)
    if (value === undefined || value === '') return
    if (pattern.test(value)) out[bodyKey] = Number(value)
    else
      issues.push({
        path: `customData.${draftKey}`,
        message: `"${value}" is not ${what}.`,
        fix: `Type ${what} with a dot for decimals.`,
      })
  }

  const currency =
    customData.currency === undefined
      ? undefined
      : resolve(customData.currency, 'customData.currency')
  if (currency !== undefined && currency !== '') out['currency'] = currency.toUpperCase()
  if (customData.value !== undefined) {
    const value = resolve(customData.value, 'customData.value')
    if (value !== undefined && value !== '')
      out['value'] = decimal.test(value) ? Number(value) : value
  }
  text('orderId', 'order_id')
  if (customData.contentIds !== undefined) {
    const ids = customData.contentIds
      .map((id, index) => resolve(id, `customData.contentIds.${index}`))
      .filter((id): id is string => id !== undefined && id !== '')
    if (ids.length > 0) out['content_ids'] = ids
  }
  text('contentType', 'content_type')
  text('contentName', 'content_name')
  text('contentCategory', 'content_category')
  if (customData.contents !== undefined && customData.contents.length > 0) {
    out['contents'] = customData.contents.map((item, index) => {
      const base = `customData.contents.${index}`
      const content: Record<string, unknown> = { id: resolve(item.id, `${base}.id`) ?? item.id }
      const numeric = (
        raw: string | undefined,
        key: string,
        pattern: RegExp,
        path: string,
        what: string,
      ) => {
        if (raw === undefined) return
        const value = resolve(raw, path)
        if (value === undefined || value === '') return
        if (pattern.test(value)) content[key] = Number(value)
        else issues.push({ path, message: `"${value}" is not ${what}.`, fix: `Type ${what}.` })
      }
      numeric(item.quantity, 'quantity', integer, `${base}.quantity`, 'a whole number')
      numeric(item.itemPrice, 'item_price', decimal, `${base}.itemPrice`, 'a number')
      if (item.deliveryCategory !== undefined && item.deliveryCategory.trim() !== '') {
        content['delivery_category'] = item.deliveryCategory.trim()
      }
      return content
    })
  }
  number('numItems', 'num_items', integer, 'a whole number')
  number('predictedLtv', 'predicted_ltv', decimal, 'a number')
  number('netRevenue', 'net_revenue', decimal, 'a number')
  text('searchString', 'search_string')
  text('status', 'status')
  text('deliveryCategory', 'delivery_category')
  for (const [key, raw] of Object.entries(customData.custom ?? {})) {
    const trimmedKey = key.trim()
    if (trimmedKey === '' || trimmedKey in out) continue
    const value = resolve(raw, `customData.custom.${key}`)
    if (value !== undefined && value !== '') out[trimmedKey] = value
  }
  return out
}
