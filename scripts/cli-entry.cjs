#!/usr/bin/env node
// The CLI bundle's entry (npm run bundle): a CommonJS file, so that ncc emits a CommonJS bundle. Node starts a
// CommonJS entry without its ES module loader, a few milliseconds of every CLI start-up (README "Performance").
require('../lib/cli/index.js')
