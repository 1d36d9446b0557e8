/**
 * Which rules offer what (ESLint's `meta.fixable` / `hasSuggestions`), for the docs pages and the README; the
 * fixes themselves are built where each rule reports (`fix` / `suggest` in its context.report).
 */
export const FIXABLE: Readonly<Record<string, { kind: 'fix' | 'suggestion'; what: string }>> = {
  'pec-automation-jit-only': {
    kind: 'fix',
    what: 'moves the automation principal to a permanent authorization (its own role when that role is PEC-eligible and usable in Lighthouse, else `--automation-role`) and removes its eligible entries when both lists are written in the same file.'
  },
  'pec-role-not-eligible': { kind: 'fix', what: 'adds a permanent authorization for the automation principal with `--automation-role` (default Support Request Contributor).' },
  'pec-role-not-assured': {
    kind: 'fix',
    what: 'adds a permanent authorization for the automation principal with `--automation-role` (default Support Request Contributor), a role that surely earns the credit.'
  },
  'pec-automation-missing': { kind: 'fix', what: 'adds a permanent authorization for the automation principal with `--automation-role` (default Support Request Contributor).' },
  'lighthouse-display-name-missing': {
    kind: 'fix',
    what: "adds principalIdDisplayName: the name the template already gives that principal, the automation account's name, else '<offer>: <role>' (rename it to what your customers should see)."
  },
  'lighthouse-jit-policy': { kind: 'fix', what: 'clamps maximumActivationDuration into PT30M–PT8H (the other checks of this rule need a decision and are not fixed).' },
  'lighthouse-eligible-api-version': { kind: 'fix', what: "sets apiVersion to '2022-10-01'." },
  'lighthouse-api-version': { kind: 'fix', what: "sets apiVersion to '2022-10-01'." },
  'lighthouse-schema': { kind: 'fix', what: 'sets $schema to the subscription deployment template schema.' },
  'lighthouse-nondeterministic-name': {
    kind: 'fix',
    what: "replaces the newGuid()/utcNow() the name comes from (the name, a variable or a parameter's defaultValue) with [guid(<offer name>)]."
  },
  'lighthouse-owner-role': { kind: 'suggestion', what: 'suggests Contributor instead of Owner; never applied, since it changes what the principal may do.' },
  'lighthouse-role-data-actions': { kind: 'suggestion', what: 'suggests removing the authorization; never applied: a person chooses the replacement role.' },
  'lighthouse-role-restricted-actions': { kind: 'suggestion', what: 'suggests removing the authorization; never applied: a person chooses the replacement role.' }
}
