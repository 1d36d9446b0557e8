import { describe, expect, it } from '@jest/globals'
import { deployAllowed, planAfterLint, planRun, refMatches, type GateInput } from '../../src/action/gate.js'

const base: GateInput = {
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
const pr: Partial<GateInput> = { eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: true }

describe('planRun', () => {
  it('lint on push: lint only, no Azure, no comment, no notices', () => {
    expect(planRun(base)).toEqual({ mode: 'lint', lint: true, azure: false, linkPartner: 'false', comment: false, onlyChanged: false, notices: [] })
  })

  it.each(['push', 'workflow_dispatch', 'merge_group'])('deploy runs on %s', (eventName) => {
    const plan = planRun({ ...base, mode: 'deploy', eventName })
    expect(plan).toMatchObject({ mode: 'deploy', azure: true, notices: [] })
  })

  it('deploy on pull_request becomes what-if with a notice, and comments', () => {
    const plan = planRun({ ...base, ...pr, mode: 'deploy' })
    expect(plan.mode).toBe('what-if')
    expect(plan.azure).toBe(true)
    expect(plan.comment).toBe(true)
    expect(plan.notices).toHaveLength(1)
    expect(plan.notices[0]).toMatch(/does not deploy on pull_request events: ran what-if instead/)
  })

  it('never deploys on pull_request_target, even on an allowed ref', () => {
    const plan = planRun({ ...base, mode: 'deploy', eventName: 'pull_request_target', pullRequest: true, ref: 'refs/heads/main', allowedRefs: ['refs/heads/main'] })
    expect(plan.mode).toBe('what-if')
  })

  it('deploy on schedule needs allowed-refs', () => {
    expect(planRun({ ...base, mode: 'deploy', eventName: 'schedule' }).mode).toBe('what-if')
    expect(planRun({ ...base, mode: 'deploy', eventName: 'schedule', allowedRefs: ['refs/heads/main'] }).mode).toBe('deploy')
    expect(planRun({ ...base, mode: 'deploy', eventName: 'push', ref: 'refs/heads/dev', allowedRefs: ['refs/heads/main'] }).mode).toBe('what-if')
  })

  it('fork PR: lint only, no comment, no Azure, exactly one notice naming what was skipped', () => {
    const plan = planRun({ ...base, ...pr, isFork: true, mode: 'deploy', comment: 'always', linkPartner: 'true', partnerCheck: true })
    expect(plan).toMatchObject({ mode: 'lint', lint: true, azure: false, comment: false })
    expect(plan.notices).toHaveLength(1)
    expect(planAfterLint(plan, 3).notices).toHaveLength(1)
    expect(plan.notices[0]).toMatch(/fork.*skipped the PR comment, Azure login, deployment and Partner ID verification/)
  })

  it('fork PR in lint mode: one notice about the comment only', () => {
    const plan = planRun({ ...base, ...pr, isFork: true })
    expect(plan.notices).toEqual([expect.stringMatching(/skipped the PR comment because/)])
  })

  it('Dependabot PRs are treated like forks', () => {
    const plan = planRun({ ...base, ...pr, actor: 'dependabot[bot]', mode: 'what-if' })
    expect(plan).toMatchObject({ azure: false, comment: false })
    expect(plan.notices[0]).toMatch(/Dependabot/)
  })

  it('comment modes', () => {
    expect(planRun({ ...base, ...pr }).comment).toBe(true)
    expect(planRun({ ...base, ...pr, comment: 'never' }).comment).toBe(false)
    expect(planRun({ ...base, comment: 'always' }).comment).toBe(false) // no PR to comment on
    expect(planRun({ ...base, ...pr, hasToken: false }).comment).toBe(false)
  })

  it('only-changed applies to pull requests only', () => {
    expect(planRun({ ...base, onlyChanged: true }).onlyChanged).toBe(false)
    expect(planRun({ ...base, ...pr, onlyChanged: true }).onlyChanged).toBe(true)
  })

  it('link-partner writes only when deploying', () => {
    const plan = planRun({ ...base, ...pr, mode: 'deploy', linkPartner: 'replace', partnerCheck: true })
    expect(plan.linkPartner).toBe('false')
    expect(plan.notices.some((n) => /link-partner: replace/.test(n))).toBe(true)
    expect(planRun({ ...base, mode: 'deploy', linkPartner: 'true', partnerCheck: true }).linkPartner).toBe('true')
  })

  it('lint mode reaches Azure only to verify a Partner ID, and not from a fork', () => {
    expect(planRun({ ...base, partnerCheck: true })).toMatchObject({ mode: 'lint', lint: true, azure: true })
    const fork = planRun({ ...base, ...pr, isFork: true, partnerCheck: true })
    expect(fork.azure).toBe(false)
    expect(fork.notices).toEqual([expect.stringMatching(/skipped the PR comment, Azure login and Partner ID verification/)])
  })

  it('audit and pec-report skip lint', () => {
    expect(planRun({ ...base, mode: 'audit' })).toMatchObject({ lint: false, azure: true })
    expect(planRun({ ...base, mode: 'pec-report', eventName: 'schedule' })).toMatchObject({ lint: false, azure: true })
  })
})

describe('planAfterLint', () => {
  it('never deploys when lint found errors', () => {
    const plan = planAfterLint(planRun({ ...base, mode: 'deploy', linkPartner: 'true' }), 2)
    expect(plan.mode).toBe('what-if')
    expect(plan.linkPartner).toBe('false')
    expect(plan.notices.at(-1)).toMatch(/Did not deploy: lint found 2 error\(s\)/)
  })

  it('leaves a clean deploy alone', () => {
    const plan = planRun({ ...base, mode: 'deploy' })
    expect(planAfterLint(plan, 0)).toBe(plan)
  })
})

describe('refMatches / deployAllowed', () => {
  it('matches globs per segment', () => {
    expect(refMatches('refs/heads/release/1.2', 'refs/heads/release/*')).toBe(true)
    expect(refMatches('refs/heads/release/1/2', 'refs/heads/release/*')).toBe(false)
    expect(refMatches('refs/heads/release/1/2', 'refs/heads/release/**')).toBe(true)
    expect(refMatches('refs/heads/mainline', 'refs/heads/main')).toBe(false)
  })

  it('refuses pull requests whatever the refs', () => {
    expect(deployAllowed({ eventName: 'pull_request', ref: 'refs/heads/main', allowedRefs: ['refs/heads/main'], pullRequest: true })).toBe(false)
  })
})
