import { expect, it } from '@jest/globals'
import { rule } from '../../../src/lint/rules/parameters-missing.js'
import { formatMessage } from '../../../src/lint/rules/index.js'
import { ruleTester, template } from './rule-tester.js'

// Reported by the resolver: the rule module only carries meta, so its check must stay silent.
ruleTester(rule, {
  valid: [{ name: 'check never reports', template: template() }],
  invalid: []
})

it('parameters-missing names the parameter', () => {
  expect(formatMessage(rule, 'missing', { name: 'authorizations' })).toContain("Parameter 'authorizations'")
  expect(rule.meta.category).toBe('template')
})
