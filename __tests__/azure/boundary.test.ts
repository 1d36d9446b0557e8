/**
 * The Azure side reads through the file-system boundary too: a targets file is the checkout's word, so the templates
 * it names must resolve inside the workspace; one refused entry fails its target, never the run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AzureEmulator } from '../emulator/index.js'
import { runAzure } from '../../src/azure/index.js'
import { loadUnit } from '../../src/azure/deployment-body.js'
import { parseTargets } from '../../src/azure/targets.js'
import { Boundary } from '../../src/shared/fs-boundary.js'
import { CUSTOMER1, PARAMS, TEMPLATE, capture, emulator, inputs, sub } from './helpers.js'

describe('targets files and templates through the boundary', () => {
  let emu: AzureEmulator
  let root: string
  let ws: string
  beforeEach(async () => {
    emu = await emulator()
    root = mkdtempSync(join(tmpdir(), 'lpg-azure-boundary-'))
    ws = join(root, 'ws')
    mkdirSync(join(ws, 'lh'), { recursive: true })
    mkdirSync(join(root, 'outside'))
    copyFileSync(TEMPLATE, join(ws, 'lh/delegation.json'))
    copyFileSync(PARAMS, join(ws, 'lh/delegation.parameters.json'))
    writeFileSync(join(root, 'outside/secret.parameters.json'), JSON.stringify({ parameters: { mspOfferName: { value: 'LEAKED-OFFER' } } }))
  })
  afterEach(async () => {
    await emu.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('a template or parameters file that leads out of the workspace fails its target only, and is never sent', async () => {
    symlinkSync(join(root, 'outside/secret.parameters.json'), join(ws, 'lh/linked.parameters.json'))
    writeFileSync(
      join(ws, 'targets.json'),
      JSON.stringify([
        { subscription: sub(1), tenant: CUSTOMER1, template: 'lh/delegation.json', parameters: 'lh/delegation.parameters.json' },
        { subscription: sub(3), tenant: CUSTOMER1, template: 'lh/delegation.json', parameters: 'lh/linked.parameters.json' },
        { subscription: sub(5), tenant: CUSTOMER1, template: join(root, 'outside/secret.parameters.json') }
      ])
    )
    const r = await runAzure({ mode: 'validate', inputs: inputs(emu, { targets: 'targets.json', workspace: ws }), units: [], log: capture() })
    const by = Object.fromEntries(r.deployments!.map((d) => [d.subscription, d]))
    expect(by[sub(1)]!.status).toBe('validated')
    expect(by[sub(3)]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Could not read a template or parameters file: .*linked\.parameters\.json: it is a symbolic link to a file outside the workspace/) })
    expect(by[sub(5)]).toMatchObject({ status: 'failed', error: expect.stringMatching(/secret\.parameters\.json: it lies in a folder that leads outside the workspace/) })
    expect(emu.requests.some((q) => q.path.includes(sub(3)) || q.path.includes(sub(5)))).toBe(false)
    expect(JSON.stringify(r)).not.toContain('LEAKED')
  })

  it('a targets file that is a symlink out of the workspace is refused with a message', () => {
    writeFileSync(join(root, 'outside/targets.json'), JSON.stringify([{ subscription: sub(1), tenant: CUSTOMER1 }]))
    symlinkSync(join(root, 'outside/targets.json'), join(ws, 'targets.json'))
    expect(() => parseTargets('targets.json', CUSTOMER1, ws)).toThrow(/^targets file targets\.json: It is a symbolic link to a file outside the workspace/)
    // Named outside on purpose by the workflow, it is read.
    expect(parseTargets(join(root, 'outside/targets.json'), CUSTOMER1, ws)).toHaveLength(1)
  })

  it('loadUnit without a boundary still refuses what is not a regular file', async () => {
    await expect(loadUnit('/dev/null', null, 'westeurope')).rejects.toThrow(/^\/dev\/null: it is not a regular file \(a device\)/)
    await expect(loadUnit(join(ws, 'lh/delegation.json'), join(ws, 'lh/delegation.parameters.json'), 'westeurope', Boundary.create(ws))).resolves.toMatchObject({ offerName: expect.any(String) })
  })
})
