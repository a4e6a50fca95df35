import { describe, expect, it } from 'vitest'
import { describeKeychainFailure, keychainUnavailableError } from './keychainFailure'

function problemFor(message: string, platform: NodeJS.Platform): string {
  return describeKeychainFailure(new Error(message), platform).problem
}

describe('describeKeychainFailure', () => {
  it('recognises the failures keytar reports on each platform', () => {
    expect([
      problemFor('Cannot autolaunch D-Bus without X11 $DISPLAY', 'linux'),
      problemFor(
        'The name org.freedesktop.secrets was not provided by any .service files',
        'linux',
      ),
      problemFor(
        'Object does not exist at path “/org/freedesktop/secrets/collection/login”',
        'linux',
      ),
      problemFor('User interaction is not allowed.', 'darwin'),
      problemFor('The module was compiled against a different NODE_MODULE_VERSION', 'linux'),
      problemFor('Something new', 'linux'),
    ]).toEqual([
      'No D-Bus session bus was found, so the Secret Service (the Linux keychain) cannot be reached.',
      'No Secret Service provider (gnome-keyring or KWallet) is installed or running.',
      'The Secret Service is running but its login keyring does not exist or is locked.',
      'The macOS login keychain is locked and cannot ask for your password here (e.g. over SSH).',
      "The keychain library (keytar's native module) could not be loaded.",
      'The OS keychain did not accept the request.',
    ])
  })

  it('builds one error with code, explanation and the original message as a detail', () => {
    const error = keychainUnavailableError(
      describeKeychainFailure(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'), 'linux'),
    )
    expect({ code: error.code, details: error.details, start: error.message.slice(0, 60) }).toEqual(
      {
        code: 'keychain_unavailable',
        details: ['keychain said: Cannot autolaunch D-Bus without X11 $DISPLAY'],
        start: 'The OS keychain is not available, so tokens cannot be stored',
      },
    )
  })
})
