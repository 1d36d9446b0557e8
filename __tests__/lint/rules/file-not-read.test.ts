import { expect, it } from '@jest/globals'
import { rule } from '../../../src/lint/rules/file-not-read.js'
import { formatMessage } from '../../../src/lint/rules/index.js'
import { ruleTester, template } from './rule-tester.js'

// Reported by the reader through the file-system boundary (see __tests__/lint/read/discovery.test.ts and
// __tests__/e2e/security.test.ts): the rule module only carries meta, so its check must stay silent.
ruleTester(rule, {
  valid: [{ name: 'check never reports', template: template() }],
  invalid: []
})

it('file-not-read is an error of the template kind whose message is the reader\'s', () => {
  const [messageId] = Object.keys(rule.meta.messages)
  expect(formatMessage(rule, messageId!, { detail: 'DETAIL' })).toBe('DETAIL')
  expect(rule.meta).toMatchObject({ level: 'error', category: 'template' })
})
