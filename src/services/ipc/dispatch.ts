import { contract, type ChannelName } from '../../shared/contract'
import { AppError, err, ok, type Result } from '../../shared/result'
import type { HandlerTable } from './handlerTable'

export interface DispatchOptions {
  /** Called when parsing the input itself threw: the input is refused, main carries on. */
  onRefused?: (channelName: string, error: unknown) => void
  /** Called with unexpected errors (not AppError) so they can be logged; never shown to the caller. */
  onUnexpected?: (channelName: string, error: unknown) => void
}

const maxIssues = 10

/**
 * The one path every transport takes into main: unknown channel → error, input parsed with the
 * contract's zod schema, handler called, output parsed again (so a service can never leak a field
 * the contract does not name), and every failure turned into `{ ok: false }`. Never throws.
 */
export async function dispatch(
  table: HandlerTable,
  channelName: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  try {
    return await dispatchChecked(table, channelName, rawInput, options)
  } catch (error) {
    // Parsing itself can throw on hostile input (an object without a prototype reaching a
    // refinement or an issue message that prints it): the input is refused, main carries on.
    options.onRefused?.(typeof channelName === 'string' ? channelName : '(not a name)', error)
    return err('invalid_input', 'The input is not valid.')
  }
}

async function dispatchChecked(
  table: HandlerTable,
  channelName: string,
  rawInput: unknown,
  options: DispatchOptions,
): Promise<Result<unknown>> {
  if (typeof channelName !== 'string' || !Object.hasOwn(contract, channelName)) {
    return err(
      'unknown_channel',
      `There is no channel named ${JSON.stringify(String(channelName)).slice(0, 80)}.`,
    )
  }
  const name = channelName as ChannelName
  const spec = contract[name]
  const parsed = spec.input.safeParse(rawInput)
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, maxIssues)
      .map((issue) => `${issue.path.map(String).join('.') || '(input)'}: ${issue.message}`)
    return err('invalid_input', `The input for ${name} is not valid.`, details)
  }
  try {
    const handler = table[name] as (input: unknown) => unknown
    const value = await handler(parsed.data)
    const checked = spec.output.safeParse(value)
    if (!checked.success) {
      options.onUnexpected?.(name, checked.error)
      return err('internal', `${name} produced an answer that does not match the contract.`)
    }
    return ok(checked.data)
  } catch (error) {
    if (error instanceof AppError) {
      return err(error.code, error.message, error.details)
    }
    options.onUnexpected?.(name, error)
    return err('internal', `${name} failed unexpectedly. The details are in the log.`)
  }
}
