import { slugify } from '../presets/presetId'
import {
  describeSchemaErrors,
  StepContact,
  WorkflowStep,
  type StepAssets,
  type StepContact as StepContactType,
  type WorkflowStep as WorkflowStepType,
} from './stepSchema'

export type CheckedStep =
  { ok: true; step: WorkflowStepType; contact: StepContactType } | { ok: false; problems: string[] }

/**
 * A Workflow Step tab's step and contact as `capi step simulate` reads them: an account left blank
 * in the form is "not selected" (null), then both must pass the CLI's strict schemas. Problems are
 * the CLI's `path: message` lines, prefixed with the file they belong to.
 */
export function checkStepFiles(step: WorkflowStepType, contact: StepContactType): CheckedStep {
  const assets = Object.fromEntries(
    Object.entries(step.assets).map(([kind, id]) => [kind, id?.trim() ? id.trim() : null]),
  ) as StepAssets
  const parsedStep = WorkflowStep.safeParse({ ...step, assets })
  const parsedContact = StepContact.safeParse(contact)
  const problems = [
    ...(parsedStep.success
      ? []
      : describeSchemaErrors(parsedStep.error).map((line) => `step: ${line}`)),
    ...(parsedContact.success
      ? []
      : describeSchemaErrors(parsedContact.error).map((line) => `contact: ${line}`)),
  ]
  if (!parsedStep.success || !parsedContact.success) return { ok: false, problems }
  return { ok: true, step: parsedStep.data, contact: parsedContact.data }
}

export interface StepFile {
  fileName: string
  text: string
}

/**
 * "Export Step as Files…": the step as `<name>.step.json` and its contact as `<name>.contact.json`,
 * so `capi step simulate <name>.step.json --contact <name>.contact.json` reproduces the tab.
 */
export function stepFiles(
  name: string,
  step: WorkflowStepType,
  contact: StepContactType,
): { ok: true; files: [StepFile, StepFile] } | { ok: false; problems: string[] } {
  const checked = checkStepFiles(step, contact)
  if (!checked.ok) return checked
  const stem = slugify(name) || 'workflow-step'
  return {
    ok: true,
    files: [
      { fileName: `${stem}.step.json`, text: JSON.stringify(checked.step, null, 2) + '\n' },
      { fileName: `${stem}.contact.json`, text: JSON.stringify(checked.contact, null, 2) + '\n' },
    ],
  }
}
