import type { Readable, Writable } from 'node:stream'

type TtyInput = Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }

const maxBytes = 16 * 1024

/**
 * Reads a secret from standard input. Piped: everything up to the end (at most 16 KB). A terminal:
 * one line with echo off, after a prompt on stderr. Nothing read is ever written anywhere.
 */
export async function readSecretInput(
  stdin: Readable,
  stderr: Writable,
  prompt: string,
): Promise<string> {
  const input = stdin as TtyInput
  if (input.isTTY && input.setRawMode) return readHiddenLine(input, stderr, prompt)
  let text = ''
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8')
    if (text.length > maxBytes)
      throw new Error('standard input is too long to be a token (over 16 KB).')
  }
  return text
}

function readHiddenLine(input: TtyInput, stderr: Writable, prompt: string): Promise<string> {
  stderr.write(prompt)
  input.setRawMode!(true)
  input.setEncoding('utf8')
  input.resume()
  return new Promise((resolve, reject) => {
    let line = ''
    const finish = (error?: Error) => {
      input.setRawMode!(false)
      input.pause()
      input.off('data', onData)
      stderr.write('\n')
      if (error) reject(error)
      else resolve(line)
    }
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') return finish()
        if (character === '\u0003') return finish(new Error('cancelled.'))
        if (character === '\u007f' || character === '\b') line = line.slice(0, -1)
        else line += character
        if (line.length > maxBytes) return finish(new Error('that is too long to be a token.'))
      }
    }
    input.on('data', onData)
  })
}
