import { mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readSettingsText } from '../../shared/settings/readSettingsText'
import { defaultSettings } from '../../shared/settings/settingsSchema'
import { AppError } from '../../shared/result'
import { SettingsStore } from './settingsStore'

describe('readSettingsText', () => {
  it('overlays valid user values on the defaults, flags unknown keys and bad values with their line', () => {
    const text = '{\n  "send.timeoutMs": 2500,\n  "editor.fontSize": 14,\n  "history.size": -3\n}'
    const read = readSettingsText(text)
    expect({
      timeout: read.values['send.timeoutMs'],
      history: read.values['history.size'],
      userKeys: read.userKeys,
      unknownKeys: read.unknownKeys,
      problems: read.problems.map(({ key, severity, line, column }) => [
        key,
        severity,
        line,
        column,
      ]),
      broken: read.broken,
    }).toEqual({
      timeout: 2500,
      history: defaultSettings['history.size'],
      userKeys: ['send.timeoutMs'],
      unknownKeys: ['editor.fontSize'],
      problems: [
        ['editor.fontSize', 'warning', 3, 3],
        ['history.size', 'error', 4, 3],
      ],
      broken: false,
    })
  })

  it('a broken file: reported with line and column, the defaults apply', () => {
    const read = readSettingsText('{\n  "send.timeoutMs": 2500,\n  oops\n}')
    expect({
      values: read.values,
      broken: read.broken,
      where: [read.problems[0]?.line, read.problems[0]?.column],
    }).toEqual({ values: defaultSettings, broken: true, where: [3, 3] })
  })

  it('keeps the timeout inside 1.5–60 s', () => {
    const values = [1499, 1500, 60_000, 60_001].map(
      (ms) => readSettingsText(JSON.stringify({ 'send.timeoutMs': ms })).values['send.timeoutMs'],
    )
    expect(values).toEqual([10_000, 1500, 60_000, 10_000])
  })
})

describe('SettingsStore', () => {
  let directory: string
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'capi-settings-'))
  })
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('saves only the changed keys, keeps unknown ones, writes owner-only, and notifies', async () => {
    const seen: number[] = []
    const store = new SettingsStore({
      dataDirectory: directory,
      onChanged: (values) => seen.push(values['send.timeoutMs']),
    })
    await writeFile(join(directory, 'settings.json'), '{"mine": {"keep": true}}')
    const state = await store.save({ 'send.timeoutMs': 3000, 'workbench.theme': 'light' })
    const onDisk = JSON.parse(await readFile(join(directory, 'settings.json'), 'utf8')) as unknown
    const mode = (await stat(join(directory, 'settings.json'))).mode & 0o777
    expect({
      onDisk,
      mode,
      seen,
      unknown: state.unknownKeys,
      current: store.values()?.['send.timeoutMs'],
    }).toEqual({
      onDisk: { mine: { keep: true }, 'send.timeoutMs': 3000, 'workbench.theme': 'light' },
      mode: 0o600,
      seen: [3000],
      unknown: ['mine'],
      current: 3000,
    })
  })

  it('never overwrites a broken file, and refuses invalid values', async () => {
    const store = new SettingsStore({ dataDirectory: directory })
    const broken = '{"send.timeoutMs": 2000,'
    await writeFile(join(directory, 'settings.json'), broken)
    const refused = await store
      .save({ 'send.timeoutMs': 3000 })
      .catch((error: AppError) => error.code)
    const invalid = await store
      .save({ 'send.timeoutMs': 100 } as never)
      .catch((error: AppError) => error.code)
    expect({
      refused,
      invalid,
      file: await readFile(join(directory, 'settings.json'), 'utf8'),
      state: (await store.get()).broken,
    }).toEqual({
      refused: 'settings_file_broken',
      invalid: 'invalid_setting',
      file: broken,
      state: true,
    })
  })

  it('does not follow a symlink out of the data directory', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'capi-settings-outside-'))
    await writeFile(join(outside, 'target.json'), '{"send.timeoutMs": 2000}')
    await symlink(join(outside, 'target.json'), join(directory, 'settings.json'))
    const store = new SettingsStore({ dataDirectory: directory })
    const state = await store.get()
    const refused = await store
      .save({ 'send.timeoutMs': 3000 })
      .catch((error: AppError) => error.code)
    const target = await readFile(join(outside, 'target.json'), 'utf8')
    await rm(outside, { recursive: true, force: true })
    expect({
      broken: state.broken,
      timeout: state.values['send.timeoutMs'],
      refused,
      target,
    }).toEqual({
      broken: true,
      timeout: 10_000,
      refused: 'settings_file_broken',
      target: '{"send.timeoutMs": 2000}',
    })
  })
})
