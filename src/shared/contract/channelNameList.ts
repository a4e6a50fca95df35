/**
 * Every channel and push-event name, as plain strings: what the preload needs (it must stay a small
 * file without zod). `contract/index.ts` checks at compile time that these lists and the contract's
 * keys are the same set, and a unit test checks the order-free equality at run time.
 */
export const channelNameList = [
  'app.info',
  'app.copyText',
  'presets.list',
  'presets.get',
  'presets.save',
  'presets.rename',
  'presets.move',
  'presets.duplicate',
  'presets.delete',
  'presets.restore',
  'presets.createFolder',
  'presets.deleteFolder',
  'presets.autosave',
  'presets.autosaveList',
  'presets.autosaveClear',
  'history.list',
  'history.get',
  'history.delete',
  'history.clear',
  'history.settings',
  'history.checkDuplicates',
  'transfer.export',
  'transfer.previewImport',
  'transfer.importBundle',
  'transfer.importPayload',
  'transfer.copyAs',
  'connections.list',
  'connections.get',
  'connections.save',
  'connections.delete',
  'connections.setToken',
  'connections.removeToken',
  'connections.check',
  'connections.keychainStatus',
  'events.send',
  'events.sendRaw',
  'events.cancel',
  'settings.get',
  'settings.save',
] as const

export const eventNameList = [
  'app.notice',
  'send.progress',
  'presets.changed',
  'history.changed',
  'connections.changed',
] as const
