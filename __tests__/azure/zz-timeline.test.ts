import { it } from '@jest/globals'
import { runAzure } from '../../src/azure/index.js'
import { PARAMS, TEMPLATE, capture, emulator, inputs, targetLines } from './helpers.js'
it('timeline', async () => {
  const emu = await emulator({ lroLatencyMs: 200 })
  await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(1) }), units: [{ template: TEMPLATE, parameters: PARAMS }], log: capture() })
  emu.requests.length = 0
  const t0 = Date.now()
  const r = await runAzure({ mode: 'deploy', inputs: inputs(emu, { targets: targetLines(2) }), units: [{ template: TEMPLATE, parameters: PARAMS }], log: capture() })
  console.log(emu.requests.map((q) => `${q.at - t0}-${q.doneAt - t0} ${q.method} ${q.path.slice(0, 110)} ${q.status}`).join('\n'), r.deployments!.map((d) => d.durationMs))
  await emu.close()
})
