// ncc keeps the CLI's hashbang; make the bundle executable so `bin` works from a git checkout too.
import { chmodSync, existsSync } from 'node:fs'

const cli = new URL('../dist/cli/index.js', import.meta.url)
if (existsSync(cli)) chmodSync(cli, 0o755)
