// After ncc: make the CLI bundle executable, and plain ASCII.
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import ts from 'typescript'

const dir = new URL('../dist/cli/', import.meta.url)
const cli = new URL('index.js', dir)
// The entry is scripts/cli-entry.cjs, so ncc writes a CommonJS bundle named index.cjs: it becomes index.js (what `bin`
// and users run), marked CommonJS for Node by the folder's package.json (the repository's says "module").
const built = new URL('index.cjs', dir)
if (existsSync(built)) {
  renameSync(built, cli)
  writeFileSync(new URL('package.json', dir), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`)
}
// ncc keeps the entry's hashbang; make the bundle executable so `bin` works from a git checkout too.
if (existsSync(cli)) chmodSync(cli, 0o755)

// A source file with one non-ASCII character is decoded into a two-byte string: Node decodes it more slowly and V8
// scans it more slowly, a few milliseconds of every CLI start-up (README "Performance"). The few non-ASCII characters
// left after tsc's removeComments (›, …, ✔ in strings and template literals) become \u escapes, which mean the same
// there; a tagged template sees its raw text, so its characters are left alone and the build fails instead.
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = new URL(name, dir)
    const text = readFileSync(file, 'utf8')
    if (!/[^\x00-\x7f]/.test(text)) continue
    if (taggedTemplateWithNonAscii(text)) throw new Error(`dist/cli/${name}: a tagged template holds non-ASCII text; escape it in the source`)
    writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
  }
}

function taggedTemplateWithNonAscii(text) {
  const source = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  let found = false
  const visit = (node) => {
    if (found) return
    if (ts.isTaggedTemplateExpression(node) && /[^\x00-\x7f]/.test(node.template.getText(source))) found = true
    else ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
