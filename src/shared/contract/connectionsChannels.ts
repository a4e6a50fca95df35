import { z } from 'zod'
import { ConnectionCheckReport } from '../connections/connectionCheckReport'
import { ConnectionFields, ConnectionId, ConnectionView } from '../connections/connectionSchema'
import { KeychainStatus } from '../connections/keychainStatus'
import { channel, noInput } from './channel'

/** A pasted token: whitespace and a leading `Bearer ` are dropped. Error messages never echo it. */
export const PastedToken = z
  .string()
  .transform((text) => text.trim().replace(/^Bearer\s+/i, ''))
  .pipe(
    z
      .string()
      .min(1, 'The token is empty.')
      .max(4096, 'That is too long to be an access token.')
      .regex(/^[\x21-\x7e]+$/, 'An access token has no spaces or special characters.'),
  )

const byId = z.object({ id: ConnectionId }).strict()

export const connectionsChannels = {
  'connections.list': channel(
    noInput,
    z.object({
      connections: z.array(ConnectionView),
      /** Files that could not be read, with why; the others are still listed. */
      problems: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  ),
  'connections.get': channel(byId, ConnectionView),
  /** Creates (no id) or updates (id) a connection; the token is set separately. */
  'connections.save': channel(
    ConnectionFields.extend({ id: ConnectionId.optional() }).strict(),
    ConnectionView,
  ),
  /** Deletes the connection and its keychain entry. */
  'connections.delete': channel(byId, z.object({ id: ConnectionId, tokenRemoved: z.boolean() })),
  /** The only channel that carries a token, renderer → main; the reply holds the hint only. */
  'connections.setToken': channel(
    z.object({ id: ConnectionId, token: PastedToken }).strict(),
    ConnectionView,
  ),
  'connections.removeToken': channel(byId, ConnectionView),
  'connections.check': channel(byId, ConnectionCheckReport),
  'connections.keychainStatus': channel(noInput, KeychainStatus),
}
