/** The action's entry point (action.yml `runs.main` after bundling). */
import { run } from './main.js'

await run()
