import { Fragment } from 'react'
import type { StepOutcome } from './useStepSimulation'
import { useApi } from '../../api/ApiContext'
import { useWorkbenchStore } from '../../state/store'
import { Button } from '../../ui/Button'
import { Codicon } from '../../ui/Codicon'
import { CopyButton } from '../inspector'
import { openTestEvents } from '../testEvents'
import { sendStep } from './sendStep'

/** What the step would do: the exact request, or why it would send nothing; and the test send. */
export function StepOutcomePanel({
  tabId,
  outcome,
}: {
  tabId: string
  outcome: StepOutcome | undefined
}) {
  const api = useApi()
  const tab = useWorkbenchStore((state) => state.stepTabs[tabId])
  const setCode = useWorkbenchStore((state) => state.setStepTestCode)
  if (!tab || !outcome) return null
  const codeId = `step-${tabId}-code`.replace(/[^A-Za-z0-9_-]/g, '-')
  if (outcome.kind === 'invalid') {
    return (
      <section
        className="step-outcome"
        aria-label="What the step would do"
        data-testid="step-outcome"
      >
        <h3 className="step-verdict invalid">
          <Codicon name="error" /> The step is not complete
        </h3>
        <ul className="step-reasons">
          {outcome.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </section>
    )
  }
  if (outcome.kind === 'no_connection') {
    return (
      <section
        className="step-outcome"
        aria-label="What the step would do"
        data-testid="step-outcome"
      >
        <h3 className="step-verdict invalid">
          <Codicon name="plug" /> Choose the Meta business account (connection) first
        </h3>
        {outcome.name ? <p>No connection is named “{outcome.name}”.</p> : null}
      </section>
    )
  }
  const { simulation, connection } = outcome
  const bodyText = JSON.stringify(simulation.request.body, null, 2)
  const sending = tab.send.status === 'sending'
  return (
    <section
      className="step-outcome"
      aria-label="What the step would do"
      data-testid="step-outcome"
    >
      {simulation.wouldSend ? (
        <h3 className="step-verdict send" data-testid="step-verdict">
          <Codicon name="pass-filled" /> The step would send this request
        </h3>
      ) : (
        <h3 className="step-verdict nothing" data-testid="step-verdict">
          <Codicon name="circle-slash" /> The step would send nothing
        </h3>
      )}
      {simulation.reasons.length > 0 ? (
        <ul className="step-reasons" data-testid="step-reasons">
          {simulation.reasons.map((reason) => (
            <li key={reason.code + reason.message} data-code={reason.code}>
              {reason.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="step-request">
        <div className="preview-url">
          <span className="http-method">POST</span>{' '}
          <code>
            {simulation.request.url.split('/').map((part, index) => (
              <Fragment key={index}>
                {index > 0 ? (
                  <>
                    /<wbr />
                  </>
                ) : null}
                {part}
              </Fragment>
            ))}
          </code>
          <CopyButton text={bodyText} label="Copy body" />
        </div>
        <pre
          className={`json-preview${simulation.wouldSend ? '' : ' muted'}`}
          data-testid="step-body"
        >
          {bodyText}
        </pre>
        {!simulation.wouldSend ? (
          <p className="muted">
            The request above is what the step would have built; it is not sent.
          </p>
        ) : null}
      </div>
      {simulation.notes.length > 0 ? (
        <details className="step-notes">
          <summary>
            {simulation.notes.length} note{simulation.notes.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {simulation.notes.map((note) => (
              <li key={note.code + note.message}>{note.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <fieldset className="composer-section step-test">
        <legend>Test your Meta Ads event</legend>
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={codeId}>
              Test ID
            </label>
            <input
              id={codeId}
              placeholder={connection.testEventCode ?? 'TEST123'}
              value={tab.testEventCode}
              onChange={(event) => setCode(tabId, event.target.value)}
            />
            <div className="field-hint">
              Meta Events Manager &gt; Data sources &gt; Test events.
            </div>
          </div>
          <Button
            icon="send"
            disabled={!simulation.wouldSend || sending || tab.testEventCode.trim() === ''}
            onClick={() => void sendStep(useWorkbenchStore, api, tabId, simulation, connection)}
          >
            {sending ? 'Sending…' : 'Send test event'}
          </Button>
          <Button
            variant="secondary"
            icon="eye"
            onClick={() =>
              openTestEvents(useWorkbenchStore, connection.id, tab.testEventCode.trim())
            }
          >
            Watch test events
          </Button>
        </div>
        {tab.send.message ? (
          <p
            className={`step-send-message ${tab.send.status}`}
            role="status"
            data-testid="step-send-message"
          >
            {tab.send.message}
          </p>
        ) : null}
      </fieldset>
    </section>
  )
}
