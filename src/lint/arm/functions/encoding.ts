import { checkString } from '../values.js'
import { parseJsonText } from './conversion.js'
import { argString, argumentError, define, type CallSite } from './types.js'

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

interface UriParts {
  scheme: string | undefined
  authority: string | undefined
  path: string
  query: string | undefined
  fragment: string | undefined
}

/** RFC 3986 appendix B: splits any string into the five components (undefined means absent, not empty). */
function splitUri(text: string): UriParts {
  const m = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text)!
  return { scheme: m[1], authority: m[2], path: m[3]!, query: m[4], fragment: m[5] }
}

/** RFC 3986 §5.2.4, segment by segment (linear, no recursion). */
function removeDotSegments(path: string): string {
  const absolute = path.startsWith('/')
  const segments = (absolute ? path.slice(1) : path).split('/')
  const output: string[] = []
  segments.forEach((segment, i) => {
    if (segment === '.' || segment === '..') {
      if (segment === '..') output.pop()
      // "a/." and "a/.." name a directory, so the result keeps its trailing slash.
      if (i === segments.length - 1) output.push('')
    } else {
      output.push(segment)
    }
  })
  return (absolute ? '/' : '') + output.join('/')
}

/** RFC 3986 §5.2.3. */
function mergePaths(base: UriParts, relativePath: string): string {
  if (base.authority !== undefined && base.path === '') return `/${relativePath}`
  return base.path.slice(0, base.path.lastIndexOf('/') + 1) + relativePath
}

/** RFC 3986 §5.2.2 (strict), as ARM documents for uri(), then §5.3 to put the parts back together. */
function resolveUri(base: UriParts, ref: UriParts): string {
  let target: UriParts
  if (ref.scheme !== undefined) {
    target = { ...ref, path: removeDotSegments(ref.path) }
  } else if (ref.authority !== undefined) {
    target = { ...ref, scheme: base.scheme, path: removeDotSegments(ref.path) }
  } else if (ref.path === '') {
    target = { ...base, query: ref.query ?? base.query, fragment: ref.fragment }
  } else {
    const path = ref.path.startsWith('/') ? ref.path : mergePaths(base, ref.path)
    target = { scheme: base.scheme, authority: base.authority, path: removeDotSegments(path), query: ref.query, fragment: ref.fragment }
  }
  let text = `${target.scheme}:`
  if (target.authority !== undefined) text += `//${target.authority}`
  text += target.path
  if (target.query !== undefined) text += `?${target.query}`
  if (target.fragment !== undefined) text += `#${target.fragment}`
  return text
}

function uri(args: unknown[], site: CallSite): string {
  const baseText = argString(site, args, 0)
  const base = splitUri(baseText)
  if (base.scheme === undefined || !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(base.scheme)) {
    throw argumentError(site, `the base URI '${preview(baseText)}' is not absolute; it must start with a scheme, e.g. 'https://contoso.com/templates/'.`)
  }
  return checkString(resolveUri(base, splitUri(argString(site, args, 1))), 'uri')
}

/** .NET's Uri.EscapeDataString: everything but RFC 3986 unreserved characters is escaped, including !'()*. */
function uriComponent(args: unknown[], site: CallSite): string {
  const text = argString(site, args, 0)
  let encoded: string
  try {
    encoded = encodeURIComponent(text)
  } catch {
    throw argumentError(site, 'the string contains a lone UTF-16 surrogate, which cannot be encoded as UTF-8.')
  }
  return checkString(encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`), 'uriComponent')
}

function percentDecode(site: CallSite, text: string, what: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    throw argumentError(
      site,
      `${what} '${preview(text)}' is not validly URI-encoded: each '%' must start an escape like %20 that spells UTF-8. Write a literal '%' as %25.`
    )
  }
}

function uriComponentToString(args: unknown[], site: CallSite): string {
  return percentDecode(site, argString(site, args, 0), 'the string')
}

function dataUri(args: unknown[], site: CallSite): string {
  const base64 = Buffer.from(argString(site, args, 0), 'utf8').toString('base64')
  return checkString(`data:text/plain;charset=utf8;base64,${base64}`, 'dataUri')
}

/** `data:[<media type>][;base64],<data>` (RFC 2397); the text is read as UTF-8 whatever charset it names. */
function dataUriToString(args: unknown[], site: CallSite): string {
  const text = argString(site, args, 0)
  const m = /^data:([^,]*),(.*)$/is.exec(text)
  if (!m) {
    throw argumentError(site, `'${preview(text)}' is not a data URI; expected 'data:[<media type>][;base64],<data>', e.g. 'data:;base64,SGVsbG8='.`)
  }
  const isBase64 = m[1]!.split(';').pop()!.trim().toLowerCase() === 'base64'
  return isBase64 ? Buffer.from(m[2]!, 'base64').toString('utf8') : percentDecode(site, m[2]!, 'the data')
}

function base64ToJson(args: unknown[], site: CallSite): unknown {
  const text = Buffer.from(argString(site, args, 0), 'base64').toString('utf8')
  return parseJsonText(site, text, `Encode a JSON document, e.g. base64ToJson('eyJvbmUiOiAiYSJ9') for {"one": "a"}.`)
}

export const encodingFunctions = define(
  { name: 'uri', min: 2, max: 2, call: uri },
  { name: 'uriComponent', min: 1, max: 1, call: uriComponent },
  { name: 'uriComponentToString', min: 1, max: 1, call: uriComponentToString },
  { name: 'dataUri', min: 1, max: 1, call: dataUri },
  { name: 'dataUriToString', min: 1, max: 1, call: dataUriToString },
  { name: 'base64ToJson', min: 1, max: 1, call: base64ToJson }
)
