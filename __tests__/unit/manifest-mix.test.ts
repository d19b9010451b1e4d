import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseMixExs } from '../../src/manifest/mix/mix-exs.js'
import { readManifest } from '../../src/manifest/read-manifest.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}/mix.exs`, import.meta.url), 'utf8')

/** A mix.exs around a project/0 body, for tests that only need a few entries. */
const mixExs = (projectEntries: string, rest = '') => `defmodule Demo.MixProject do
  use Mix.Project
${rest}
  def project do
    [
${projectEntries}
    ]
  end
end
`

describe('parseMixExs', () => {
  it('reads app, module and @version through a module attribute in a Phoenix project', () => {
    expect(parseMixExs(fixture('mix-phoenix'), 'mix.exs')).toMatchObject({
      ecosystem: 'mix',
      file: 'mix.exs',
      appName: 'storefront',
      version: '2.3.1',
      moduleName: 'Storefront',
    })
  })

  it('resolves attributes by any name, such as @vsn', () => {
    const text = mixExs('      app: :demo,\n      version: @vsn', '  @vsn "4.0.1"\n')
    expect(parseMixExs(text, 'mix.exs').version).toBe('4.0.1')
  })

  it('uses the definition of an attribute that comes before the use, as Elixir does', () => {
    const text = `defmodule Demo.MixProject do
  use Mix.Project
  @version "0.9.0"
  @version "1.0.0"
  def project, do: [app: :demo, version: @version]
  @version "2.0.0"
  def other, do: @version
end
`
    expect(parseMixExs(text, 'mix.exs').version).toBe('1.0.0')
  })

  it('reads the version a zero-arity private function returns', () => {
    const text = mixExs('      app: :demo,\n      version: version()', '  defp version, do: "0.3.0"\n')
    expect(parseMixExs(text, 'mix.exs').version).toBe('0.3.0')
  })

  it('warns, at the line of version:, when the VERSION file it reads is missing', () => {
    const text = mixExs(
      '      app: :demo,\n      version: @version',
      '  @version File.read!("VERSION") |> String.trim()\n',
    )
    const manifest = parseMixExs(text, 'mix.exs')
    expect(manifest).not.toHaveProperty('version')
    expect(manifest.warnings).toEqual([
      'mix.exs:8: version: reads VERSION, which is missing or empty; the units carry no version: set version',
    ])
  })

  it('reads a version built by interpolating module attributes', () => {
    expect(parseMixExs(fixture('mix-interpolated-version'), 'mix.exs')).toMatchObject({
      appName: 'courier',
      version: '3.4.0-dev',
      nameField: { key: 'app', line: 11 },
    })
  })

  it('warns, naming the file and line of version:, when only running mix gives the version', () => {
    const manifest = parseMixExs(fixture('mix-git-version'), 'mix.exs')
    expect(manifest).not.toHaveProperty('version')
    expect(manifest.warnings).toEqual([
      'mix.exs:7: version: is computed when mix runs, so it cannot be read without running it; the units carry no version: set version',
    ])
  })

  it('warns when an interpolation holds more than literals and attributes', () => {
    const text = mixExs('      app: :demo,\n      version: "1.0.0-#{System.get_env("BUILD")}"')
    expect(parseMixExs(text, 'mix.exs').warnings).toEqual([expect.stringMatching(/^mix\.exs:7: version: is computed/)])
  })

  it('warns about an empty version and about a project without one, never leaving it empty in silence', () => {
    expect(parseMixExs(mixExs('      app: :demo,\n      version: ""'), 'mix.exs').warnings).toEqual([
      'mix.exs:7: version: is empty; the units carry no version: set version',
    ])
    expect(parseMixExs(mixExs('      app: :demo'), 'mix.exs').warnings).toEqual([
      expect.stringMatching(/^mix\.exs:5: project\/0 has no version:/),
    ])
  })

  it("uses a private helper's literal argument, with a notice that the helper may add to it", () => {
    const manifest = parseMixExs(fixture('mix-version-helper'), 'mix.exs')
    expect(manifest).toMatchObject({ appName: 'fediverse', version: '2.2.50', releaseName: 'fediverse' })
    expect(manifest.notices).toEqual([
      'mix.exs:7: version: read the literal of version("2.2.50"); the helper may add to it when mix runs',
    ])
    expect(manifest).not.toHaveProperty('warnings')
  })

  it("takes an umbrella's release version over the project's, saying so", () => {
    expect(parseMixExs(fixture('mix-umbrella-release-version'), 'mix.exs')).toMatchObject({
      appName: 'warehouse',
      version: '5.2.0',
      notices: ["mix.exs:12: version: the release's version wins over the project's, as mix release does"],
    })
  })

  it('is not fooled by app: and version: inside comments, strings, heredocs, sigils and character literals', () => {
    // Every decoy comes before the real entries, so reading any of them as code would win.
    const entries = `      # app: :from_comment, version: "0.0.1"
      description: "app: :from_string #{"version: \\"0.0.3\\"" <> "}"}",
      summary: "an \\"app: :from_escape, version: \\"0.0.5\\", \\" here",
      long_description: """
      A "quoted
      app: :from_heredoc, version: "0.0.2"
      """,
      pattern: ~r/"app: :from_sigil", version: "0.0.4"/,
      words: ~w(app: :from_words)a,
      quote_char: ?",
      hash_char: ?#,
      app: :real_app,
      version: "1.2.3"`
    expect(parseMixExs(mixExs(entries), 'mix.exs')).toMatchObject({ appName: 'real_app', version: '1.2.3' })
  })

  it('takes the module before .Mixfile, or the whole module name without a suffix', () => {
    const mixfile = 'defmodule Old.Thing.Mixfile do\n  def project, do: [app: :old]\nend\n'
    const bare = 'defmodule Bare do\n  def project, do: [app: :bare]\nend\n'
    expect(parseMixExs(mixfile, 'mix.exs').moduleName).toBe('Old.Thing')
    expect(parseMixExs(bare, 'mix.exs').moduleName).toBe('Bare')
  })

  it('names an umbrella after default_release rather than the first release', () => {
    expect(parseMixExs(fixture('mix-umbrella'), 'mix.exs')).toMatchObject({
      ecosystem: 'mix',
      file: 'mix.exs',
      appName: 'dispatch',
      version: '1.12.0',
      moduleName: 'Logistics',
      releaseName: 'dispatch',
    })
  })

  it('names an umbrella without default_release after its first release, read through releases()', () => {
    expect(parseMixExs(fixture('mix-umbrella-first-release'), 'mix.exs')).toMatchObject({
      ecosystem: 'mix',
      file: 'mix.exs',
      appName: 'payments_gateway',
      version: '0.5.0-rc.2',
      moduleName: 'Payments.Umbrella',
      releaseName: 'payments_gateway',
    })
  })

  it('keeps app: as the name of a non-umbrella project that declares releases', () => {
    const text = mixExs('      app: :shop,\n      releases: [shop_web: [], shop_jobs: []]')
    expect(parseMixExs(text, 'mix.exs')).toMatchObject({ appName: 'shop', releaseName: 'shop_web' })
  })

  it('rejects an umbrella with no release, pointing at releases and app_name', () => {
    const text = mixExs('      apps_path: "apps",\n      version: "1.0.0"')
    expect(() => parseMixExs(text, 'mix.exs')).toThrow(
      expect.objectContaining({
        reason: expect.stringContaining('app_name'),
        location: { kind: 'file', file: 'mix.exs', line: 5, key: 'releases' },
      }),
    )
  })

  it('rejects a project without app:', () => {
    const text = mixExs('      version: "1.0.0"')
    expect(() => parseMixExs(text, 'apps/demo/mix.exs')).toThrow(
      expect.objectContaining({
        name: 'SystemdUnitsError',
        location: { kind: 'file', file: 'apps/demo/mix.exs', line: 5, key: 'app' },
      }),
    )
  })

  it('rejects an app: that is not a literal atom', () => {
    const text = mixExs('      app: String.to_atom("demo")')
    expect(() => parseMixExs(text, 'mix.exs')).toThrow(
      expect.objectContaining({ location: { kind: 'file', file: 'mix.exs', line: 6, key: 'app' } }),
    )
  })

  it('reports an unterminated string at the line it starts on', () => {
    const text = 'defmodule Demo.MixProject do\n  def project do\n    [app: :demo, version: "1.0\n  end\nend\n'
    expect(() => parseMixExs(text, 'mix.exs')).toThrow(
      expect.objectContaining({ location: { kind: 'file', file: 'mix.exs', line: 3 } }),
    )
  })
})

describe('readManifest on mix.exs versions read from a file', () => {
  const dir = (name: string) => fileURLToPath(new URL(`../fixtures/manifests/${name}`, import.meta.url))

  it('reads File.read!(".version") |> String.trim(), a dot-file with trailing newlines', async () => {
    expect(await readManifest(dir('mix-version-dotfile'))).toMatchObject({ appName: 'beacon', version: '0.19.2' })
  })

  it.each([
    ['String.strip(File.read!("VERSION"))', 'the form of projects older than String.trim'],
    ['String.trim(File.read!(Path.join(__DIR__, "VERSION")))', 'a path joined to __DIR__'],
    ['File.read!(Path.expand("VERSION", __DIR__)) |> String.trim_trailing()', 'a path expanded from __DIR__'],
  ])('reads @version %s, %s', (expression) => {
    const text = mixExs('      app: :demo,\n      version: @version', `  @version ${expression}\n`)
    const files = { read: (path: string) => (path === 'VERSION' ? '1.4.0\n' : undefined), directories: () => [] }
    expect(parseMixExs(text, 'mix.exs', files)).toMatchObject({ version: '1.4.0' })
  })

  it('reads the first line of a VERSION file with more lines, through String.trim(File.read!(...))', async () => {
    const manifest = await readManifest(dir('mix-version-file-lines'))
    expect(manifest).toMatchObject({ appName: 'ingest', version: '2.7.1' })
    expect(manifest).not.toHaveProperty('warnings')
  })
})
