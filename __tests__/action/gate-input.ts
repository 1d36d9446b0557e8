import type { GateInput } from '../../src/action/gate.js'

/** A push to main by a person, lint mode, nothing else asked for: tests override what they are about. */
export const PUSH_GATE: GateInput = {
  mode: 'lint',
  eventName: 'push',
  ref: 'refs/heads/main',
  pullRequest: false,
  isFork: false,
  actor: 'octocat',
  allowedRefs: [],
  comment: 'auto',
  onlyChanged: false,
  hasToken: true,
  linkPartner: 'false',
  partnerCheck: false
}
