import type { Rule } from './rule.js'
import { quoted } from './helpers.js'

/** Top-level keys of a parameters file that is not wrapped in `{"parameters": …}`; never parameters themselves. */
const FILE_KEYS = new Set(['$schema', 'contentversion'])
const NAMES_SHOWN = 12

export const rule: Rule = {
  meta: {
    id: 'parameters-undeclared',
    level: 'error',
    category: 'template',
    description: 'The parameters file passes a parameter the template does not declare; ARM rejects the whole deployment.',
    messages: {
      undeclared:
        'The parameters file passes parameter {{name}}, which the template does not declare, and ARM rejects such a deployment ("The template parameters \'{{plain}}\' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time"). ' +
        'The template declares {{declared}}. Remove the entry, rename it to the parameter it is meant for, or declare it in the template.'
    }
  },
  check(context) {
    const { suppliedParameters, declaredParameterNames } = context.template
    if (suppliedParameters.length === 0) return
    let declared: string | undefined
    for (const parameter of suppliedParameters) {
      if (parameter.declaration !== undefined || FILE_KEYS.has(parameter.name.toLowerCase())) continue
      declared ??=
        declaredParameterNames.length === 0
          ? 'no parameters'
          : declaredParameterNames.slice(0, NAMES_SHOWN).map((n) => quoted(n, 60)).join(', ') +
            (declaredParameterNames.length > NAMES_SHOWN ? ` and ${declaredParameterNames.length - NAMES_SHOWN} more` : '')
      context.report({ messageId: 'undeclared', loc: parameter.loc, data: { name: quoted(parameter.name, 80), plain: parameter.name.slice(0, 80), declared } })
    }
  }
}

export default rule
