import { expect, it } from '@jest/globals'
import { rule } from '../../../src/lint/rules/parse-error.js'
import { formatMessage } from '../../../src/lint/rules/index.js'
import { ruleTester, template } from './rule-tester.js'

// Reported by the reader/resolver: the rule module only carries meta, so its check must stay silent.
ruleTester(rule, {
  valid: [{ name: 'check never reports', template: template() }],
  invalid: []
})

it('parse-error has a message that takes the detail', () => {
  const [messageId] = Object.keys(rule.meta.messages)
  expect(formatMessage(rule, messageId!, { detail: 'DETAIL' })).toMatch(/^DETAIL\. /)
  expect(rule.meta.category).toBe('template')
})
