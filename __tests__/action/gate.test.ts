import { describe, expect, it } from '@jest/globals'
import { deployAllowed, planAfterLint, planRun, refMatches, type GateInput } from '../../src/action/gate.js'
import { PUSH_GATE } from './gate-input.js'

const base: GateInput = PUSH_GATE
const pr: Partial<GateInput> = { eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: true }

describe('planRun', () => {
  it('lint on push: lint only, no Azure, no comment, no notices', () => {
    expect(planRun(base)).toEqual({ mode: 'lint', lint: true, azure: false, linkPartner: 'false', comment: false, suggestions: false, onlyChanged: false, notices: [] })
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

  describe('allowed-refs narrows the deploy events, it never adds any', () => {
    const onMain: Partial<GateInput> = { mode: 'deploy', ref: 'refs/heads/main', allowedRefs: ['refs/heads/main'] }

    it.each(['push', 'workflow_dispatch', 'merge_group'])('%s deploys on an allowed ref, and runs what-if naming any other ref', (eventName) => {
      expect(planRun({ ...base, ...onMain, eventName })).toMatchObject({ mode: 'deploy', azure: true, notices: [] })
      const plan = planRun({ ...base, ...onMain, eventName, ref: 'refs/heads/feature/x' })
      expect(plan.mode).toBe('what-if')
      expect(plan.notices).toEqual([expect.stringMatching(/not allowed on .* for refs\/heads\/feature\/x \(not in `allowed-refs`\): ran what-if instead/)])
    })

    it.each(['release', 'repository_dispatch', 'deployment', 'issues', 'check_suite'])('%s never deploys, even on an allowed ref', (eventName) => {
      const plan = planRun({ ...base, ...onMain, eventName })
      expect(plan).toMatchObject({ mode: 'what-if', azure: true })
      expect(plan.notices).toEqual([expect.stringMatching(new RegExp(`^\`mode: deploy\` does not deploy on ${eventName} events: ran what-if instead`))])
    })

    it('issue_comment on a pull request: no deploy, no Azure login, one notice', () => {
      const plan = planRun({ ...base, ...onMain, eventName: 'issue_comment', partnerCheck: true, trigger: { pullRequest: true, fork: true } })
      expect(plan).toMatchObject({ mode: 'lint', lint: true, azure: false, comment: false })
      expect(plan.notices).toEqual([
        expect.stringMatching(/^Comment on a pull request \(issue_comment\): linted and reported only; skipped Azure login, deployment and Partner ID verification because anyone who can comment/)
      ])
      expect(planAfterLint(plan, 2).notices).toHaveLength(1)
    })

    it('issue_comment without payload facts is treated as one on a fork pull request', () => {
      expect(planRun({ ...base, ...onMain, eventName: 'issue_comment' })).toMatchObject({ mode: 'lint', azure: false })
      expect(planRun({ ...base, ...onMain, eventName: 'workflow_run' })).toMatchObject({ mode: 'lint', azure: false })
    })

    it('issue_comment on a plain issue: what-if, not deploy', () => {
      const plan = planRun({ ...base, ...onMain, eventName: 'issue_comment', trigger: { pullRequest: false, fork: false } })
      expect(plan).toMatchObject({ mode: 'what-if', azure: true })
      expect(plan.notices).toEqual([expect.stringMatching(/^`mode: deploy` does not deploy on issue_comment events/)])
    })

    it('workflow_run after a fork: no deploy, no Azure login with the secrets, exactly one notice', () => {
      const plan = planRun({ ...base, ...onMain, eventName: 'workflow_run', comment: 'always', trigger: { pullRequest: true, fork: true } })
      expect(plan).toMatchObject({ mode: 'lint', lint: true, azure: false, comment: false })
      expect(plan.notices).toEqual([expect.stringMatching(/^workflow_run after a run from a fork: linted and reported only; skipped Azure login and deployment because/)])
      expect(planAfterLint(plan, 2)).toMatchObject({ mode: 'lint', notices: plan.notices })
      const whatIf = planRun({ ...base, mode: 'what-if', eventName: 'workflow_run', trigger: { pullRequest: true, fork: true } })
      expect(whatIf).toMatchObject({ azure: false })
      expect(whatIf.notices).toEqual([expect.stringMatching(/skipped Azure login because/)])
    })

    it('workflow_run after a same-repository pull request: what-if with Azure, never deploy', () => {
      const plan = planRun({ ...base, ...onMain, eventName: 'workflow_run', trigger: { pullRequest: true, fork: false } })
      expect(plan).toMatchObject({ mode: 'what-if', azure: true, comment: false })
      expect(plan.notices).toEqual([expect.stringMatching(/^`mode: deploy` does not deploy on workflow_run events: ran what-if instead/)])
    })

    it('schedule deploys only when allowed-refs names its ref', () => {
      expect(planRun({ ...base, mode: 'deploy', eventName: 'schedule' }).notices).toEqual([expect.stringMatching(/does not deploy on schedule events/)])
      expect(planRun({ ...base, ...onMain, eventName: 'schedule' }).mode).toBe('deploy')
      expect(planRun({ ...base, ...onMain, eventName: 'schedule', allowedRefs: ['refs/heads/release/*'] }).mode).toBe('what-if')
    })
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

  it('marks the deployment refused so the verdict fails it, but not a pull request already running what-if', () => {
    expect(planAfterLint(planRun({ ...base, mode: 'deploy' }), 3).deployRefused).toEqual({ lintErrors: 3 })
    const onPr = planAfterLint(planRun({ ...base, ...pr, mode: 'deploy' }), 3)
    expect(onPr.mode).toBe('what-if')
    expect(onPr.deployRefused).toBeUndefined()
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

  it('needs an allowed event and, when allowed-refs is set, a matching ref', () => {
    const main = { ref: 'refs/heads/main', allowedRefs: ['refs/heads/main'], pullRequest: false }
    expect(deployAllowed({ ...main, eventName: 'push' })).toBe(true)
    expect(deployAllowed({ ...main, eventName: 'push', allowedRefs: [] })).toBe(true)
    expect(deployAllowed({ ...main, eventName: 'push', ref: 'refs/heads/dev' })).toBe(false)
    expect(deployAllowed({ ...main, eventName: 'schedule' })).toBe(true)
    expect(deployAllowed({ ...main, eventName: 'schedule', allowedRefs: [] })).toBe(false)
    for (const eventName of ['issue_comment', 'workflow_run', 'release', '']) expect(deployAllowed({ ...main, eventName })).toBe(false)
  })
})
