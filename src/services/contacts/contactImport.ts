import type { ContactImportResult } from '../../shared/contract/contactsChannels'
import {
  fieldKeyProblem,
  unflattenFields,
  type FieldRow,
} from '../../shared/contacts/contactFields'
import { ContactContent, ContactFile } from '../../shared/contacts/contactSchema'
import { describeIssues } from '../../shared/presets/presetSchema'
import { jsonSyntaxMessage } from '../transfer/jsonSyntaxMessage'
import { parseCsv } from './csvRecords'

export interface ParsedContactImport {
  format: 'json' | 'csv'
  contacts: ContactContent[]
  problems: ContactImportResult['problems']
}

const conversationColumns = new Set(['channel', 'ctwa_clid', 'psid', 'igsid'])

/**
 * Contacts from the text of a file: JSON (one contact object or an array of them; a stored
 * contact file or a `capi step simulate --contact` file) or CSV (the header row names the fields:
 * `name`, `channel`, `ctwa_clid`, `psid`, `igsid`, `workflow.<x>` for workflow values, any other
 * column a contact field, `address.city` nested). Problems name their row or item; good rows
 * are kept.
 */
export function parseContactImport(text: string, fileName?: string): ParsedContactImport {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  const lower = fileName?.toLowerCase() ?? ''
  const json = lower.endsWith('.json') || (!lower.endsWith('.csv') && /^[[{]/.test(trimmed))
  return json ? parseJson(trimmed, fileStem(fileName)) : parseCsvContacts(text)
}

function fileStem(fileName: string | undefined): string | undefined {
  const base = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]*$/, '')
  return base && base.trim() !== '' ? base : undefined
}

function parseJson(text: string, stem: string | undefined): ParsedContactImport {
  const result: ParsedContactImport = { format: 'json', contacts: [], problems: [] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    result.problems.push({ message: `The file is not valid JSON: ${jsonSyntaxMessage(error)}` })
    return result
  }
  const single = !Array.isArray(raw)
  const items = Array.isArray(raw) ? raw : [raw]
  items.forEach((item, index) => {
    const label = single ? 'The contact' : `Item ${index + 1}`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      result.problems.push({ row: index + 1, message: `${label} is not a JSON object.` })
      return
    }
    const record = item as Record<string, unknown>
    const name = record.name ?? (single ? stem : undefined)
    // A stored contact file (exported or copied) carries its bookkeeping: it is read as such.
    const schema = 'schemaVersion' in record ? ContactFile : ContactContent
    const parsed = schema.safeParse({ ...record, name })
    if (!parsed.success) {
      result.problems.push({
        row: index + 1,
        message: `${label}: ${name === undefined ? 'no "name". ' : ''}${describeIssues(parsed.error)}`,
      })
      return
    }
    const {
      schemaVersion: _v,
      createdAt: _c,
      updatedAt: _u,
      ...content
    } = parsed.data as ContactFile
    result.contacts.push(content)
  })
  return result
}

function parseCsvContacts(text: string): ParsedContactImport {
  const result: ParsedContactImport = { format: 'csv', contacts: [], problems: [] }
  const parsed = parseCsv(text)
  if (!parsed.ok) result.problems.push({ row: parsed.row, message: parsed.problem })
  const [header, ...rows] = parsed.records
  if (!header) {
    if (parsed.ok) result.problems.push({ message: 'The file is empty: no header row.' })
    return result
  }
  const columns = header.cells.map((cell) => cell.trim())
  const headerProblems = columns.flatMap((column, index) => {
    if (column === '') return [`column ${index + 1} has no name`]
    if (columns.indexOf(column) !== index) return [`column "${column}" is given twice`]
    if (column === 'name' || conversationColumns.has(column)) return []
    const key = column.replace(/^(contact|workflow)\./, '')
    const problem = fieldKeyProblem(key)
    return problem ? [`column ${index + 1}: ${problem}`] : []
  })
  if (headerProblems.length > 0) {
    result.problems.push({ row: 1, message: `The header row: ${headerProblems.join('; ')}.` })
    return result
  }
  for (const { row, cells } of rows) {
    if (cells.length > columns.length) {
      result.problems.push({
        row,
        message: `row ${row} has ${cells.length} values but the header names ${columns.length} columns.`,
      })
      continue
    }
    const contactRows: FieldRow[] = []
    const workflowRows: FieldRow[] = []
    const record: Record<string, unknown> = {}
    columns.forEach((column, index) => {
      const value = (cells[index] ?? '').trim()
      if (column === 'name') record.name = value
      else if (conversationColumns.has(column)) {
        if (value !== '') record[column] = column === 'channel' ? value.toLowerCase() : value
      } else if (column.startsWith('workflow.')) {
        if (value !== '') workflowRows.push({ key: column.slice('workflow.'.length), value })
      } else if (value !== '') {
        contactRows.push({ key: column.replace(/^contact\./, ''), value })
      }
    })
    const contact = unflattenFields(contactRows)
    const workflow = unflattenFields(workflowRows)
    const keyProblems = [...contact.problems, ...workflow.problems].map(
      (problem) => problem.message,
    )
    if (keyProblems.length > 0) {
      result.problems.push({ row, message: `row ${row}: ${keyProblems.join('; ')}.` })
      continue
    }
    const fallbackName = [contact.values.first_name, contact.values.last_name]
      .filter((part) => typeof part === 'string' && part !== '')
      .join(' ')
    const name = typeof record.name === 'string' && record.name !== '' ? record.name : fallbackName
    const candidate = ContactContent.safeParse({
      ...record,
      name,
      contact: contact.values,
      workflow: workflow.values,
    })
    if (!candidate.success) {
      const why = name === '' ? 'no name (fill the "name" column)' : describeIssues(candidate.error)
      result.problems.push({ row, message: `row ${row}: ${why}.` })
      continue
    }
    result.contacts.push(candidate.data)
  }
  if (rows.length === 0 && parsed.ok) {
    result.problems.push({ message: 'The file has a header row but no contacts.' })
  }
  return result
}
