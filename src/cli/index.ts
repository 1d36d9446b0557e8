#!/usr/bin/env node
import { run } from './run.js'

// `lighthouse-pec lint | head` closes the pipe early: that is the reader's choice, not a failure to print a stack for.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
