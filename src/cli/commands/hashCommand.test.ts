import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { nodeSha256 } from '../../services/hashing/nodeSha256'
import { customerFields } from '../../shared/capi/normalize'
import { customerValueCorpus } from '../../../test/fixtures/hashing/customerValueCorpus'
import { hashStream } from '../hash/hashStream'
import { defaultWorkerCount, hashCommand } from './hashCommand'
import { captureCliIo } from '../../../test/support/captureCliIo'

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return () => Buffer.concat(chunks).toString('utf8')
}

async function run(args: string[], input: Buffer[] = []) {
  const { io, out, err } = captureCliIo({ stdin: input })
  const code = await hashCommand.run(args, io)
  return { code, stdout: out(), stderr: err() }
}

describe('capi hash (JSON Lines)', () => {
  it('answers the example of capi-normalization.md §6 line for line', async () => {
    const input = [
      '{"field":"em","value":" John_Smith@gmail.com "}',
      '{"field":"ge","value":"other"}',
      '',
    ].join('\n')
    expect(await run([], [Buffer.from(input)])).toEqual({
      code: 0,
      stdout:
        '{"field":"em","value":" John_Smith@gmail.com ","normalized":"john_smith@gmail.com","hash":"62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"}\n' +
        '{"field":"ge","value":"other","error":"gender must be f, m, female or male"}\n',
      stderr: '',
    })
  })

  it('turns bad lines into error lines and keeps going; CRLF and a last line without newline count', async () => {
    const input =
      'not json\r\n\n[1,2]\n{"value":"x"}\n{"field":"fi","value":"x"}\n{"field":"ph","value":5}\r\n' +
      '{"value":"  \\u0130lkay","field":"fn","extra":true}\n{"field":"zp","value":"L-1234"}'
    const lines = (await run([], [Buffer.from(input)])).stdout.split('\n')
    expect(lines).toEqual([
      '{"field":null,"value":null,"error":"line is not valid JSON"}',
      '{"field":null,"value":null,"error":"line is not valid JSON"}',
      '{"field":null,"value":null,"error":"line is not a JSON object"}',
      '{"field":null,"value":"x","error":"unknown field"}',
      '{"field":"fi","value":"x","error":"unknown field"}',
      '{"field":"ph","value":5,"error":"value must be a string"}',
      '{"field":"fn","value":"  İlkay","normalized":"i̇lkay","hash":"b4d5b0e830c7b9996c52c8b9620468537d42dff131ab5bc4f4dd7a11409e1dc9"}',
      '{"field":"zp","value":"L-1234","error":"zip code shorter than 2 characters"}',
      '',
    ])
  })

  it('decodes a multi-byte character split between two chunks', async () => {
    const bytes = Buffer.from('{"field":"ct","value":"Zürich"}\n')
    const split = bytes.indexOf(0xc3) + 1
    const { stdout } = await run([], [bytes.subarray(0, split), bytes.subarray(split)])
    expect(stdout).toBe(
      '{"field":"ct","value":"Zürich","normalized":"zürich","hash":"201f10d5d64518d86d2d3a47d28675d1c788762c5345df643dadec71d4e0a91e"}\n',
    )
  })

  it('gives the same bytes, in order, with worker threads as without', async () => {
    const lines = customerFields.flatMap((field, index) =>
      customerValueCorpus(field, 400, 300 + index).map((value) => JSON.stringify({ field, value })),
    )
    const input = Buffer.from(lines.join('\n') + '\n')
    const chunks = Array.from({ length: Math.ceil(input.length / 4096) }, (_, index) =>
      input.subarray(index * 4096, (index + 1) * 4096),
    )
    async function hashWith(workerCount: number): Promise<string> {
      const output = new PassThrough()
      const text = collect(output)
      await hashStream(Readable.from(chunks), output, {
        sha256: nodeSha256,
        workerCount,
        workerThreshold: 16_384,
        batchBytes: 8_192,
      })
      return text()
    }
    const [inline, threaded] = [await hashWith(0), await hashWith(2)]
    expect({ lines: threaded.split('\n').length - 1, same: threaded === inline }).toEqual({
      lines: lines.length,
      same: true,
    })
  })
})

describe('capi hash --field', () => {
  it('prints the normalized value and the hash for one value', async () => {
    expect(await run(['--field', 'em', 'John@Example.com'])).toEqual({
      code: 0,
      stdout: [
        'field       em (Email)',
        'value       "John@Example.com"',
        'normalized  "john@example.com"',
        'hash        855f96e983f1f8e8be944692b6f719fd54329826cb62e98015efee8e2e071dd4  sha256',
        '',
      ].join('\n'),
      stderr: '',
    })
  })

  it('prints the JSON line with --json, and exits 1 for a rejected value', async () => {
    expect([
      await run(['--field=country', '--json', 'US']),
      await run(['--json', '--field', 'em', 'a@b.c']),
    ]).toEqual([
      {
        code: 0,
        stdout:
          '{"field":"country","value":"US","normalized":"us","hash":"79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"}\n',
        stderr: '',
      },
      { code: 1, stdout: '{"field":"em","value":"a@b.c","error":"invalid email"}\n', stderr: '' },
    ])
  })

  it('keeps the warnings with --json, on stderr', async () => {
    const result = await run(['--field', 'ph', '--json', '+44 (0)20 7946 0958'])
    expect([result.code, result.stdout.startsWith('{"field":"ph"'), result.stderr]).toEqual([
      0,
      true,
      'capi hash: warning: The national trunk zero in "(0)" is kept in the hash, which is not the number Meta knows. Remove the "(0)".\n',
    ])
  })

  it('exits 1 with the reason for a rejected value and 2 for an unknown field', async () => {
    const rejected = await run(['--field', 'ph', '1-800-FLOWERS'])
    const unknown = await run(['--field', 'email', 'a@example.com'])
    expect([rejected.code, rejected.stderr, unknown.code]).toEqual([
      1,
      'capi hash: Phone "1-800-FLOWERS" is rejected: phone too short\n',
      2,
    ])
  })

  it('shows the composer warnings for a flagged value', async () => {
    const { stdout } = await run(['--field', 'external_id', '550E8400E29B41D4A716446655440000'])
    expect(stdout.split('\n').slice(3)).toEqual([
      'hash        550e8400e29b41d4a716446655440000  passed through (already md5)',
      'warning     This ID is 32 hex characters (e.g. a UUID without dashes), so it is taken for an MD5 digest and sent unhashed.',
      '',
    ])
  })
})

describe('defaultWorkerCount', () => {
  it('uses worker threads only when at least two cores are idle', () => {
    const cases: [number, number][] = [
      [2, 0.1],
      [2, 0.5],
      [2, 12],
      [8, 1.5],
      [32, 0],
      [1, 0],
    ]
    expect(cases.map(([cpus, load]) => defaultWorkerCount(cpus, load))).toEqual([2, 2, 0, 7, 8, 0])
  })
})
