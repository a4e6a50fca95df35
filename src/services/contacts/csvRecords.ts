export interface CsvRecord {
  /** The line the record starts on (1 = the header), as an editor or a spreadsheet numbers it. */
  row: number
  cells: string[]
}

export type CsvParse =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; records: CsvRecord[]; row: number; problem: string }

/**
 * RFC 4180 records: fields separated by commas, a field in double quotes may hold commas, line
 * breaks and `""` (one quote). CRLF and LF both end a record; blank lines are skipped. A quote
 * that is never closed is reported with the line it opened on (the records before it are kept).
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let touched = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endRecord = () => {
    cells.push(cell)
    if (touched || cells.length > 1 || cell !== '') records.push({ row: recordLine, cells })
    cells = []
    cell = ''
    touched = false
  }
  for (; index < text.length; index++) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        cell += char
      }
      continue
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true
      touched = true
      quoteLine = line
      cell = ''
    } else if (char === ',') {
      cells.push(cell)
      cell = ''
      touched = true
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      endRecord()
      line++
      recordLine = line
    } else cell += char
  }
  if (quoted) {
    return {
      ok: false,
      records,
      row: quoteLine,
      problem: `row ${quoteLine}: a quoted value is never closed (a " is missing)`,
    }
  }
  endRecord()
  return { ok: true, records }
}
