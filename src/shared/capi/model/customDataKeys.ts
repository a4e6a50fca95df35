/**
 * The documented `custom_data` keys (spec §6) with the draft key, the body key and how a typed value
 * is sent. Draft values are kept as typed (strings); numbers are converted when the request is built.
 */

export type CustomDataValueKind = 'text' | 'number' | 'integer' | 'list'

export interface CustomDataKeyInfo {
  draftKey: CustomDataDraftKey
  bodyKey: string
  label: string
  kind: CustomDataValueKind
}

export type CustomDataDraftKey =
  | 'currency'
  | 'value'
  | 'orderId'
  | 'contentIds'
  | 'contentType'
  | 'contentName'
  | 'contentCategory'
  | 'contents'
  | 'numItems'
  | 'predictedLtv'
  | 'netRevenue'
  | 'searchString'
  | 'status'
  | 'deliveryCategory'

export const customDataKeys: readonly CustomDataKeyInfo[] = [
  { draftKey: 'currency', bodyKey: 'currency', label: 'Currency', kind: 'text' },
  { draftKey: 'value', bodyKey: 'value', label: 'Value', kind: 'number' },
  { draftKey: 'orderId', bodyKey: 'order_id', label: 'Order ID', kind: 'text' },
  { draftKey: 'contentIds', bodyKey: 'content_ids', label: 'Content IDs', kind: 'list' },
  { draftKey: 'contentType', bodyKey: 'content_type', label: 'Content type', kind: 'text' },
  { draftKey: 'contentName', bodyKey: 'content_name', label: 'Content name', kind: 'text' },
  {
    draftKey: 'contentCategory',
    bodyKey: 'content_category',
    label: 'Content category',
    kind: 'text',
  },
  { draftKey: 'contents', bodyKey: 'contents', label: 'Contents', kind: 'list' },
  { draftKey: 'numItems', bodyKey: 'num_items', label: 'Number of items', kind: 'integer' },
  { draftKey: 'predictedLtv', bodyKey: 'predicted_ltv', label: 'Predicted LTV', kind: 'number' },
  { draftKey: 'netRevenue', bodyKey: 'net_revenue', label: 'Net revenue', kind: 'number' },
  { draftKey: 'searchString', bodyKey: 'search_string', label: 'Search string', kind: 'text' },
  { draftKey: 'status', bodyKey: 'status', label: 'Status', kind: 'text' },
  {
    draftKey: 'deliveryCategory',
    bodyKey: 'delivery_category',
    label: 'Delivery category',
    kind: 'text',
  },
]

export const customDataBodyKeys: Record<CustomDataDraftKey, string> = Object.fromEntries(
  customDataKeys.map((info) => [info.draftKey, info.bodyKey]),
) as Record<CustomDataDraftKey, string>

/** `delivery_category` values Meta documents for `contents[]` and `custom_data`. */
export const deliveryCategories = ['in_store', 'curbside', 'home_delivery'] as const
