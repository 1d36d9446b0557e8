/** The gate fails closed when the payload cannot show where a pull request comes from. */
import { describe, expect, it } from '@jest/globals'
import { planRun } from '../../src/action/gate.js'
import { PUSH_GATE } from './gate-input.js'

describe('planRun with an unproven payload', () => {
  it.each(['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run'])('%s: lint only, no Azure sign-in, one notice saying why', (eventName) => {
    const plan = planRun({
      ...PUSH_GATE,
      mode: 'what-if',
      eventName,
      ref: 'refs/heads/main',
      // As readRunContext reports it: no pull request read, handled as a fork.
      pullRequest: false,
      isFork: true,
      partnerCheck: true,
      unprovenPayload: 'has no `pull_request` (with a number) in it'
    })
    expect(plan).toMatchObject({ mode: 'lint', lint: true, azure: false, comment: false })
    expect(plan.notices).toEqual([
      expect.stringMatching(new RegExp(`^${eventName} event whose payload does not show where the pull request comes from: linted and reported only; skipped .*Azure login.* because the event payload has no \`pull_request\``))
    ])
  })

  it('a push with an unreadable payload is decided by the event name alone, as before', () => {
    const plan = planRun({ ...PUSH_GATE, mode: 'deploy', unprovenPayload: 'is not valid JSON' })
    expect(plan).toMatchObject({ mode: 'deploy', azure: true })
    expect(plan.notices).toEqual([])
  })
})
