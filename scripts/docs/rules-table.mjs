// Prints the README's rules table from the rule modules (run `npm run build:ts` first: it reads lib/).
const { rules } = await import(new URL('../../lib/lint/rules/index.js', import.meta.url))
const rows = rules.map((r) => `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.level} | ${r.meta.category} | ${r.meta.description.replace(/\|/g, '\\|')} |`)
console.log(['| rule | level | kind | what it checks |', '|---|---|---|---|', ...rows].join('\n'))
