import { slowAnswerMs } from './sendResult'

/**
 * How a slow answer is worded, in the app and in `capi send`: over the `send.slowThresholdMs`
 * setting. Spec §10 [Meta]: Meta suggests a 1,500 ms timeout (most answers take under 600 ms); that
 * figure is the setting's default. Calling it "slow" is the Workbench's choice, not Meta's, so
 * only the default names Meta, and only for the figure it comes from.
 */
export function slowAnswerWords(thresholdMs: number = slowAnswerMs): string {
  const figure = thresholdMs.toLocaleString('en-US')
  return thresholdMs === slowAnswerMs
    ? `slow: over ${figure} ms (the slow threshold setting; Meta suggests a ${figure} ms timeout)`
    : `slow: over ${figure} ms (the slow threshold setting)`
}
