import { useWorkbenchStore } from '../../state/store'

/** Opens (or focuses) the Import tab. */
export function openImportTab(): void {
  useWorkbenchStore.getState().openTab({ kind: 'import', id: 'import', title: 'Import' })
}
