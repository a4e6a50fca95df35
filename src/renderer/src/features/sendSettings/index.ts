export { SendSettingsFields } from './SendSettingsFields'
export { parseSendSettings, type ParsedSendSettings } from './parseSendSettings'
export { emptySendSettings, type SendSettings } from './sendSettings'
