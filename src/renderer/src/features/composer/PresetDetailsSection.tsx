import { useWorkbenchStore } from '../../state/store'

/** A preset's description and tags, edited with the draft and written by Save (Ctrl+S). */
export function PresetDetailsSection({ tabId }: { tabId: string }) {
  const tab = useWorkbenchStore((state) => state.composerTabs[tabId])
  const putComposerTab = useWorkbenchStore((state) => state.putComposerTab)
  const setTabDirty = useWorkbenchStore((state) => state.setTabDirty)
  if (!tab?.presetId) return null
  const meta = tab.presetMeta ?? { description: '', tags: [] }
  function change(next: Partial<typeof meta>) {
    const current = useWorkbenchStore.getState().composerTabs[tabId]
    if (!current) return
    putComposerTab(tabId, { ...current, presetMeta: { ...meta, ...next } })
    setTabDirty(tabId, true)
  }
  const descriptionId = `preset-description-${tabId}`
  const tagsId = `preset-tags-${tabId}`
  return (
    <fieldset className="composer-section">
      <legend>Preset</legend>
      <div className="field">
        <label htmlFor={descriptionId} className="field-label">
          Description
        </label>
        <textarea
          id={descriptionId}
          rows={2}
          value={meta.description}
          onChange={(event) => change({ description: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={tagsId} className="field-label">
          Tags
        </label>
        <input
          id={tagsId}
          type="text"
          placeholder="comma-separated, e.g. brazil, purchase"
          defaultValue={meta.tags.join(', ')}
          onChange={(event) =>
            change({
              tags: event.target.value
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            })
          }
        />
        <div className="field-hint">Written to the preset file with Ctrl+S.</div>
      </div>
    </fieldset>
  )
}
