import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeProject, repoRoot, runCli } from '../helpers/project.js'

const fixtures = '__tests__/fixtures/manifests'

describe('systemd-units CLI on the manifest shapes of issue 12', () => {
  const outputs: string[] = []
  afterEach(async () => {
    await Promise.all(outputs.splice(0).map(removeProject))
  })

  /** Generate for a fixture project into a temporary directory; the main unit's text. */
  async function mainUnit(fixture: string, unit: string): Promise<string> {
    const out = await mkdtemp(join(tmpdir(), 'cli-manifests-'))
    outputs.push(out)
    const result = await runCli(['generate', '--dir', join(fixtures, fixture), '--output-dir', out], repoRoot)
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(unit) })
    return readFile(join(out, unit), 'utf8')
  }

  test('a tool-only pyproject.toml is passed over for package.json and its plain node start script', async () => {
    const unit = await mainUnit('python-tool-config-only', 'status-page.service')
    expect(unit).toContain('ExecStart=/usr/bin/env node /srv/status-page/current/dist/server.js\n')
  })

  test('go.mod with a /v3 suffix, a VERSION file and one cmd/<name>/ runs that command', async () => {
    const unit = await mainUnit('go-cmd-layout', 'edgeproxy.service')
    expect(unit).toContain('ExecStart=/srv/edgeproxy/current/bin/edgeproxyd\n')
  })

  test('a virtual Cargo workspace runs the [[bin]] of its default member', async () => {
    const unit = await mainUnit('cargo-default-members', 'relay-server.service')
    expect(unit).toContain('ExecStart=/srv/relay-server/current/bin/relayd\n')
  })
})
