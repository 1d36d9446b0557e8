/** When the action may post one-click suggested fixes: trusted pull requests with a token, never otherwise. */
import { describe, expect, it } from '@jest/globals'
import { planRun } from '../../src/action/gate.js'
import { PUSH_GATE } from '../action/gate-input.js'

const PR = { ...PUSH_GATE, eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: true, suggestions: 'auto' as const }

describe('suggestions gate', () => {
  it('auto: on a pull request from this repository with a token', () => {
    expect(planRun(PR).suggestions).toBe(true)
    expect(planRun({ ...PR, mode: 'what-if' }).suggestions).toBe(true)
  })

  it.each([
    ['never', { suggestions: 'never' as const }],
    ['a push', { eventName: 'push', pullRequest: false }],
    ['a fork', { isFork: true }],
    ['Dependabot', { actor: 'dependabot[bot]' }],
    ['no token', { hasToken: false }],
    ['audit mode (no lint)', { mode: 'audit' as const }],
    ['an issue_comment on a pull request', { eventName: 'issue_comment', pullRequest: false, trigger: { pullRequest: true, fork: true } }]
  ])('none for %s', (_name, change) => {
    expect(planRun({ ...PR, ...change }).suggestions).toBe(false)
  })
})
