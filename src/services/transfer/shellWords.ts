/**
 * Splits a shell command line the way a POSIX shell would for a pasted cURL command: single and
 * double quotes, `$'…'` (ANSI-C), backslash escapes, and line continuations (`\` on Unix, `^` from
 * Windows cmd, backtick from PowerShell). No expansion: `$VAR` stays as written.
 */
export function shellWords(text: string): string[] {
  const source = text.replace(/\\\r?\n/g, ' ').replace(/[\^`]\r?\n/g, ' ')
  const words: string[] = []
  let current = ''
  let inWord = false
  let index = 0
  const unterminated = (quote: string) => new Error(`a ${quote} quote is never closed`)
  while (index < source.length) {
    const char = source[index]!
    if (/\s/.test(char)) {
      if (inWord) words.push(current)
      current = ''
      inWord = false
      index++
      continue
    }
    inWord = true
    if (char === "'") {
      const end = source.indexOf("'", index + 1)
      if (end === -1) throw unterminated('single')
      current += source.slice(index + 1, end)
      index = end + 1
    } else if (char === '$' && source[index + 1] === "'") {
      index += 2
      while (index < source.length && source[index] !== "'") {
        if (source[index] === '\\' && index + 1 < source.length) {
          current += ansiEscape(source[index + 1]!)
          index += 2
        } else current += source[index++]
      }
      if (index >= source.length) throw unterminated("$'")
      index++
    } else if (char === '"') {
      index++
      while (index < source.length && source[index] !== '"') {
        if (source[index] === '\\' && '"\\$`\n'.includes(source[index + 1] ?? '')) {
          current += source[index + 1]
          index += 2
        } else current += source[index++]
      }
      if (index >= source.length) throw unterminated('double')
      index++
    } else if (char === '\\' && index + 1 < source.length) {
      current += source[index + 1]
      index += 2
    } else {
      current += char
      index++
    }
  }
  if (inWord) words.push(current)
  return words
}

function ansiEscape(char: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' }
  return map[char] ?? `\\${char}`
}
