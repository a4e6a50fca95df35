import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The messages of the layer rule (no-restricted-imports) for a text at a path, as `npm run lint` sees it. */
async function layerErrors(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

describe('the layer rules in eslint.config.js', () => {
  it('rejects a service that imports electron, and accepts the same service without it', async () => {
    const withElectron = await layerErrors(
      'src/services/presets/presetStore.ts',
      "import { app } from 'electron'\nexport const where = app.getPath('userData')\n",
    )
    const plain = await layerErrors(
      'src/services/presets/presetStore.ts',
      "import { join } from 'node:path'\nexport const where = join('a', 'b')\n",
    )
    expect({ withElectron: withElectron.length, mentions: withElectron[0], plain }).toEqual({
      withElectron: 1,
      mentions: expect.stringContaining('never electron'),
      plain: [],
    })
  })

  it('rejects the renderer importing the old api singleton, and ui/ reaching the api', async () => {
    const singleton = await layerErrors(
      'src/renderer/src/workbench/ShellStatus.tsx',
      "import { api } from '../api'\nexport const shell = api\n",
    )
    const uiToApi = await layerErrors(
      'src/renderer/src/ui/Button.tsx',
      "import { useApi } from '../api/ApiContext'\nexport const hook = useApi\n",
    )
    const context = await layerErrors(
      'src/renderer/src/workbench/ShellStatus.tsx',
      "import { useApi } from '../api/ApiContext'\nexport const hook = useApi\n",
    )
    expect({ singleton: singleton.length, uiToApi: uiToApi.length, context }).toEqual({
      singleton: 1,
      uiToApi: 1,
      context: [],
    })
  })

  it('rejects the main process importing the CLI or browser-mode server', async () => {
    const errors = await layerErrors(
      'src/main/index.ts',
      "import { runCli } from '../cli/runCli'\nexport const run = runCli\n",
    )
    expect(errors.length).toBe(1)
  })
})
