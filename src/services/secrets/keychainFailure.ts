import { AppError } from '../../shared/result'

/** What went wrong with the keychain, in words for a support engineer, and what to do about it. */
export interface KeychainFailure {
  problem: string
  fix: string
  /** The keychain library's own message, shortened (it never contains a secret). */
  cause: string
}

interface Pattern {
  test: RegExp
  problem: string
  fix: string
}

const linuxFix =
  'Use the app in a desktop session where gnome-keyring or KWallet runs and is unlocked. ' +
  'Without a desktop (SSH, container): install gnome-keyring and dbus, run ' +
  "dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock --components=secrets; exec bash', " +
  'type a keyring password and press Ctrl+D, then use capi in that shell.'

const linuxPatterns: Pattern[] = [
  {
    test: /autolaunch D-Bus|dbus-launch|DBUS_SESSION_BUS_ADDRESS|Could not connect|Failed to connect to socket|No such file or directory.*bus/i,
    problem:
      'No D-Bus session bus was found, so the Secret Service (the Linux keychain) cannot be reached.',
    fix: linuxFix,
  },
  {
    test: /org\.freedesktop\.secrets was not provided|ServiceUnknown|not provided by any \.service/i,
    problem: 'No Secret Service provider (gnome-keyring or KWallet) is installed or running.',
    fix: linuxFix,
  },
  {
    test: /collection\/login|locked collection|is locked|prompt|dismissed|No such secret collection/i,
    problem: 'The Secret Service is running but its login keyring does not exist or is locked.',
    fix:
      'Unlock the "Login" keyring in "Passwords and Keys" (Seahorse) or log out and in again. ' +
      'Without a desktop: gnome-keyring-daemon --replace --unlock --components=secrets ' +
      '(it reads the keyring password from standard input).',
  },
]

const darwinPatterns: Pattern[] = [
  {
    test: /interaction is not allowed|locked/i,
    problem:
      'The macOS login keychain is locked and cannot ask for your password here (e.g. over SSH).',
    fix: 'Unlock it with: security unlock-keychain ~/Library/Keychains/login.keychain-db, then retry.',
  },
  {
    test: /canceled|cancelled|not correct|denied/i,
    problem: 'macOS refused access to the login keychain (the prompt was cancelled or denied).',
    fix: 'Retry and choose "Allow" (or "Always Allow") when macOS asks; check Keychain Access.',
  },
]

const win32Patterns: Pattern[] = [
  {
    test: /.*/,
    problem: 'Windows Credential Manager refused the request.',
    fix: 'Check that the "Credential Manager" service (VaultSvc) is running and that you are logged in as yourself, then retry.',
  },
]

const timeoutPattern: Pattern = {
  test: /did not answer within/i,
  problem:
    'The keychain did not answer in time; it may be waiting for an unlock prompt that cannot be shown here.',
  fix: 'Unlock the keychain yourself (see your OS keychain tool), then retry.',
}

const nativeModulePattern: Pattern = {
  test: /keytar\.node|Cannot find module|NODE_MODULE_VERSION|was compiled against|invalid ELF|dlopen/i,
  problem: "The keychain library (keytar's native module) could not be loaded.",
  fix: 'Reinstall the app; when running from source, run npm install (Linux also needs libsecret-1-0).',
}

function genericFix(platform: NodeJS.Platform): string {
  if (platform === 'darwin')
    return 'Open Keychain Access and check that the login keychain is unlocked.'
  if (platform === 'win32') return 'Check that Windows Credential Manager works for your account.'
  return linuxFix
}

/** Turns whatever keytar (or the timeout) threw into a plain explanation. Never includes a secret. */
export function describeKeychainFailure(
  error: unknown,
  platform: NodeJS.Platform,
): KeychainFailure {
  const raw = error instanceof Error ? error.message : String(error)
  const cause = raw.replace(/\s+/g, ' ').trim().slice(0, 200)
  const platformPatterns =
    platform === 'darwin' ? darwinPatterns : platform === 'win32' ? win32Patterns : linuxPatterns
  const match = [timeoutPattern, nativeModulePattern, ...platformPatterns].find((pattern) =>
    pattern.test.test(raw),
  )
  if (match) return { problem: match.problem, fix: match.fix, cause }
  return {
    problem: 'The OS keychain did not accept the request.',
    fix: genericFix(platform),
    cause,
  }
}

/** The AppError every SecretStore method throws when the keychain cannot be used. */
export function keychainUnavailableError(failure: KeychainFailure): AppError {
  return new AppError(
    'keychain_unavailable',
    `The OS keychain is not available, so tokens cannot be stored or read (they are never kept in a file).\n${failure.problem}\n${failure.fix}`,
    [`keychain said: ${failure.cause}`],
  )
}
