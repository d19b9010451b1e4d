import { afterEach, describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { retryPolicy } from '../../src/publish/retry.js'
import { uploadUnitsArtifact, type ArtifactRequest } from '../../src/publish/upload-artifact.js'
import { runActionWithEnv } from '../helpers/action-env.js'
import { FakeResultsService, RUN_ID, sha256 } from '../helpers/fake-results-service.js'
import { listFiles, makeProject, MIX_EXS, removeProject } from '../helpers/project.js'
import { readZip } from '../helpers/zip.js'

const UNITS = [
  { name: 'my-app.service', content: '[Service]\nExecStart=/srv/my-app/bin/my-app start\n' },
  { name: 'my-app-restart.path', content: '[Path]\nPathModified=/srv/my-app/flags/restart.flag\n' },
]
const NAME = 'my-app-systemd-units'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** The service, and the environment @actions/artifact reads from process.env, restored afterwards. */
async function service(extraEnv: Record<string, string> = {}): Promise<FakeResultsService> {
  const started = await FakeResultsService.start()
  const saved = { ...process.env }
  Object.assign(process.env, started.env(), extraEnv)
  cleanups.push(
    () => started.close(),
    () => {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
      Object.assign(process.env, saved)
    },
  )
  return started
}

async function upload(request: Partial<ArtifactRequest> = {}) {
  const env = { ...process.env, SYSTEMD_UNITS_RETRY_DELAY_MS: '10' }
  return uploadUnitsArtifact(
    { name: NAME, units: UNITS, extraFiles: [], retentionDays: undefined, ...request },
    env,
    retryPolicy(env),
  )
}

const isBlock = (request: { method: string; query: URLSearchParams }) =>
  request.method === 'PUT' && request.query.get('comp') === 'block'
const isCall = (method: string) => (request: { path: string }) => request.path.endsWith(`.ArtifactService/${method}`)

describe('upload-artifact through the real @actions/artifact client', () => {
  test('uploads one zip holding every unit and the archive at its top level; id and url come back', async () => {
    const results = await service()
    const dir = await makeProject({ 'my-app-systemd-1.2.3.tar.gz': 'archive bytes' })
    cleanups.push(() => removeProject(dir))
    const artifact = await upload({ extraFiles: [join(dir, 'my-app-systemd-1.2.3.tar.gz')] })
    expect(results.finalized).toHaveLength(1)
    const [finalized] = results.finalized
    expect(artifact).toEqual({
      id: finalized!.id,
      url: `https://github.com/acme/shop/actions/runs/${RUN_ID}/artifacts/${finalized!.id}`,
    })
    const files = readZip(finalized!.content)
    expect([...files.keys()].sort()).toEqual(['my-app-restart.path', 'my-app-systemd-1.2.3.tar.gz', 'my-app.service'])
    expect(files.get('my-app.service')!.toString('utf8')).toBe(UNITS[0]!.content)
    expect(files.get('my-app-systemd-1.2.3.tar.gz')!.toString('utf8')).toBe('archive bytes')
    expect(finalized!.hash).toBe(`sha256:${sha256(finalized!.content)}`)
    expect(finalized!.expiresAt).toBeUndefined()
    expect(results.calls()).toEqual(['CreateArtifact', 'PUT block', 'PUT blocklist', 'FinalizeArtifact'])
  })

  test('retention-days becomes the expiry date it asks for', async () => {
    const results = await service()
    await upload({ retentionDays: 5 })
    const days = (Date.parse(results.finalized[0]!.expiresAt!) - Date.now()) / 86_400_000
    expect(Math.round(days)).toBe(5)
  })

  test('a 500 from the service is retried by the client itself, once, and the artifact is published once', async () => {
    const results = await service()
    results.server.fail('status-500', isCall('CreateArtifact'))
    await upload()
    expect(results.calls()).toEqual([
      'CreateArtifact',
      'CreateArtifact',
      'PUT block',
      'PUT blocklist',
      'FinalizeArtifact',
    ])
    expect(results.finalized).toHaveLength(1)
  })

  test('a connection the service drops, which the client does not retry, restarts the upload here', async () => {
    const results = await service()
    results.server.fail('drop', isCall('FinalizeArtifact'))
    await upload()
    expect(results.calls()).toEqual([
      'CreateArtifact',
      'PUT block',
      'PUT blocklist',
      'FinalizeArtifact',
      'CreateArtifact',
      'PUT block',
      'PUT blocklist',
      'FinalizeArtifact',
    ])
    expect(results.finalized.map((artifact) => artifact.name)).toEqual([NAME])
  })

  test('a dropped block upload is retried by the blob client', async () => {
    const results = await service()
    results.server.fail('drop', isBlock)
    await upload()
    expect(results.calls()).toEqual(['CreateArtifact', 'PUT block', 'PUT block', 'PUT blocklist', 'FinalizeArtifact'])
    expect(readZip(results.finalized[0]!.content).get('my-app.service')!.toString('utf8')).toBe(UNITS[0]!.content)
  })

  test('an upload that stalls past ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS is abandoned and started again', async () => {
    const results = await service({ ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: '1500' })
    results.server.fail('hang', isBlock)
    await upload()
    expect(results.calls()).toEqual([
      'CreateArtifact',
      'PUT block',
      'CreateArtifact',
      'PUT block',
      'PUT blocklist',
      'FinalizeArtifact',
    ])
    expect(results.finalized).toHaveLength(1)
  })

  test('when every try fails, one error says what failed and that the files on disk are fine; nothing is published', async () => {
    const results = await service()
    results.server.fail('drop', isCall('CreateArtifact'), 100)
    await expect(upload()).rejects.toThrow(
      /^input "upload-artifact": uploading artifact my-app-systemd-units failed 4 times; the last error: Failed to CreateArtifact: Unable to make request: ECONNRESET[\s\S]* The generated files on disk are complete; only the upload failed\.$/,
    )
    expect(results.calls()).toEqual(['CreateArtifact', 'CreateArtifact', 'CreateArtifact', 'CreateArtifact'])
    expect(results.finalized).toEqual([])
  })

  test('a blob store that keeps failing is not retried on top of the blob client: the upload fails unpublished', async () => {
    const results = await service()
    results.server.fail('status-500', isBlock, 100)
    await expect(upload()).rejects.toThrow(/^input "upload-artifact": uploading artifact my-app-systemd-units failed: /)
    // The blob client's own four tries, one CreateArtifact, no FinalizeArtifact.
    expect(results.calls()).toEqual(['CreateArtifact', 'PUT block', 'PUT block', 'PUT block', 'PUT block'])
    expect(results.finalized).toEqual([])
  }, 60_000)

  test('a name already taken in the run says to choose another', async () => {
    await service()
    await upload()
    await expect(upload()).rejects.toThrow(
      '(409) Conflict: an artifact with this name already exists on the workflow run. An artifact of that name exists in this run already: set artifact-name to one of its own.',
    )
  })
})

describe('upload-artifact through dist/index.js', () => {
  test('uploads the units and the archive, and sets artifact-id and artifact-url', async () => {
    const results = await FakeResultsService.start()
    const dir = await makeProject({ 'mix.exs': MIX_EXS })
    cleanups.push(
      () => results.close(),
      () => removeProject(dir),
    )
    const run = await runActionWithEnv(
      dir,
      { 'upload-artifact': 'true', archive: 'true', 'artifact-name': 'units' },
      { env: { ...results.env(), SOURCE_DATE_EPOCH: '0' } },
    )
    expect(run.code).toBe(0)
    const [finalized] = results.finalized
    expect(run.outputs).toMatchObject({
      'artifact-id': String(finalized!.id),
      'artifact-url': `https://github.com/acme/shop/actions/runs/${RUN_ID}/artifacts/${finalized!.id}`,
    })
    const files = readZip(finalized!.content)
    expect([...files.keys()].sort()).toEqual(['my-app-systemd-1.2.3.tar.gz', 'my-app.service'])
    expect(
      files.get('my-app-systemd-1.2.3.tar.gz')!.equals(await readFile(join(dir, 'my-app-systemd-1.2.3.tar.gz'))),
    ).toBe(true)
    expect(run.summary).toContain(
      `- Artifact: [units](https://github.com/acme/shop/actions/runs/${RUN_ID}/artifacts/${finalized!.id})`,
    )
  })

  test('a failed upload fails the step; the generated files stay on disk', async () => {
    const results = await FakeResultsService.start()
    const dir = await makeProject({ 'mix.exs': MIX_EXS })
    cleanups.push(
      () => results.close(),
      () => removeProject(dir),
    )
    results.server.fail('drop', isCall('CreateArtifact'), 100)
    const run = await runActionWithEnv(
      dir,
      { 'upload-artifact': 'true' },
      { env: { ...results.env(), SYSTEMD_UNITS_RETRY_DELAY_MS: '10' } },
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error title=systemd-units::input "upload-artifact": uploading artifact my-app-systemd-units failed 4 times',
    )
    expect(await listFiles(dir)).toEqual(['_build/prod/systemd/lib/systemd/system/my-app.service', 'mix.exs'])
    expect(results.finalized).toEqual([])
  })
})
