import { describe, it, expect } from '@jest/globals'
import { Unknown, isUnknown } from '../../../src/lint/arm/index.js'
import { ev, errorOf, context } from './helpers.js'

describe('uri', () => {
  it('follows the trailing-slash examples of template-functions-string', () => {
    expect(ev("[uri('http://contoso.org/firstpath', 'myscript.sh')]")).toBe('http://contoso.org/myscript.sh')
    expect(ev("[uri('http://contoso.org/firstpath/', 'myscript.sh')]")).toBe('http://contoso.org/firstpath/myscript.sh')
    expect(ev("[uri('http://contoso.org/firstpath/azuredeploy.json', 'myscript.sh')]")).toBe('http://contoso.org/firstpath/myscript.sh')
    expect(ev("[uri('http://contoso.org/firstpath/azuredeploy.json/', 'myscript.sh')]")).toBe('http://contoso.org/firstpath/azuredeploy.json/myscript.sh')
    expect(ev("[uri('http://contoso.com/resources/', 'nested/azuredeploy.json')]")).toBe('http://contoso.com/resources/nested/azuredeploy.json')
  })
  it('resolves like RFC 3986 section 5.4', () => {
    const base = 'http://a/b/c/d;p?q'
    const cases: [string, string][] = [
      ['g:h', 'g:h'],
      ['g', 'http://a/b/c/g'],
      ['./g', 'http://a/b/c/g'],
      ['g/', 'http://a/b/c/g/'],
      ['/g', 'http://a/g'],
      ['//g', 'http://g'],
      ['?y', 'http://a/b/c/d;p?y'],
      ['g?y', 'http://a/b/c/g?y'],
      ['#s', 'http://a/b/c/d;p?q#s'],
      ['', 'http://a/b/c/d;p?q'],
      ['.', 'http://a/b/c/'],
      ['..', 'http://a/b/'],
      ['../g', 'http://a/b/g'],
      ['../..', 'http://a/'],
      ['../../../g', 'http://a/g'],
      ['/./g', 'http://a/g'],
      ['g.', 'http://a/b/c/g.'],
      ['./g/.', 'http://a/b/c/g/'],
      ['g;x=1/../y', 'http://a/b/c/y']
    ]
    for (const [relative, expected] of cases) expect([relative, ev(`[uri('${base}', '${relative}')]`)]).toEqual([relative, expected])
  })
  it('adds the root slash to a base with no path', () => {
    expect(ev("[uri('https://contoso.org', 'x.json')]")).toBe('https://contoso.org/x.json')
  })
  it('needs an absolute base', () => {
    expect(errorOf(() => ev("[uri('contoso.org/a/', 'b')]")).message).toBe(
      "uri(): the base URI 'contoso.org/a/' is not absolute; it must start with a scheme, e.g. 'https://contoso.com/templates/'."
    )
  })
  it('is Unknown for an Unknown base such as the template link', () => {
    expect(isUnknown(ev("[uri(deployment().properties.templateLink.uri, 'nested/azuredeploy.json')]"))).toBe(true)
  })
})

describe('uriComponent and uriComponentToString', () => {
  it('round-trip the doc example', () => {
    expect(ev("[uriComponent('http://contoso.com/resources/nested/azuredeploy.json')]")).toBe('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')
    expect(ev("[uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')]")).toBe(
      'http://contoso.com/resources/nested/azuredeploy.json'
    )
  })
  it('escape everything but unreserved characters, as .NET does', () => {
    expect(ev("[uriComponent('a b!*()~é')]")).toBe('a%20b%21%2A%28%29~%C3%A9')
  })
  it('report malformed escapes', () => {
    const error = errorOf(() => ev("[uriComponentToString('100%')]"))
    expect(error.code).toBe('argument')
    expect(error.message).toBe("uriComponentToString(): the string '100%' is not validly URI-encoded: each '%' must start an escape like %20 that spells UTF-8. Write a literal '%' as %25.")
    expect(errorOf(() => ev("[uriComponentToString('%C3')]")).code).toBe('argument')
  })
})

describe('dataUri, dataUriToString, base64ToJson', () => {
  it('dataUri matches the doc', () => {
    expect(ev("[dataUri('Hello')]")).toBe('data:text/plain;charset=utf8;base64,SGVsbG8=')
  })
  it('dataUriToString reads base64 and percent-encoded data', () => {
    expect(ev("[dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')]")).toBe('Hello, World!')
    expect(ev("[dataUriToString(dataUri('héllo'))]")).toBe('héllo')
    expect(ev("[dataUriToString('data:text/plain,a%20b')]")).toBe('a b')
    expect(errorOf(() => ev("[dataUriToString('SGVsbG8=')]")).message).toMatch(/^dataUriToString\(\): 'SGVsbG8=' is not a data URI/)
  })
  it('base64ToJson decodes the doc example', () => {
    expect(ev("[base64ToJson('eyJvbmUiOiAiYSIsICJ0d28iOiAiYiJ9')]")).toEqual({ one: 'a', two: 'b' })
    expect(errorOf(() => ev("[base64ToJson(base64('{nope'))]")).message).toMatch(/^base64ToJson\(\): the string is not valid JSON/)
  })
  it('pass Unknowns through', () => {
    const ctx = context({ p: new Unknown('parameter', "parameters('p')") })
    expect(isUnknown(ev("[dataUri(parameters('p'))]", ctx))).toBe(true)
  })
})
