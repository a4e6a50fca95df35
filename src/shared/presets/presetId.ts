/**
 * A preset's id is its path under `<data dir>/presets/` without `.json`, with `/` between folders:
 * `acme/purchase-whatsapp`. Segments are plain names so an id can never leave the presets folder.
 */
const segmentPattern = /^[A-Za-z0-9_][A-Za-z0-9 _.-]{0,99}$/
export const maxFolderDepth = 6

export function isValidSegment(segment: string): boolean {
  return segmentPattern.test(segment) && !segment.endsWith('.') && !segment.endsWith(' ')
}

/** `''` is the root folder. */
export function isValidFolder(folder: string): boolean {
  if (folder === '') return true
  const segments = folder.split('/')
  return segments.length <= maxFolderDepth && segments.every(isValidSegment)
}

export function isValidPresetId(id: string): boolean {
  const segments = id.split('/')
  return segments.length <= maxFolderDepth + 1 && segments.every(isValidSegment)
}

export function folderOf(id: string): string {
  const slash = id.lastIndexOf('/')
  return slash === -1 ? '' : id.slice(0, slash)
}

export function baseNameOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1)
}

export function joinId(folder: string, baseName: string): string {
  return folder === '' ? baseName : `${folder}/${baseName}`
}

/** A file name from a preset name: `Purchase – WhatsApp (EU)` → `purchase-whatsapp-eu`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return slug === '' ? 'preset' : slug
}
