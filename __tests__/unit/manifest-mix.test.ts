import { readFileSync } from 'node:fs'
import { parseMixExs } from '../../src/manifest/mix/mix-exs.js'

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
    expect(parseMixExs(fixture('mix-phoenix'), 'mix.exs')).toEqual({
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

  it('leaves the version unset when only running mix could compute it', () => {
    const text = mixExs(
      '      app: :demo,\n      version: @version',
      '  @version File.read!("VERSION") |> String.trim()\n',
    )
    expect(parseMixExs(text, 'mix.exs')).not.toHaveProperty('version')
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
    expect(parseMixExs(fixture('mix-umbrella'), 'mix.exs')).toEqual({
      ecosystem: 'mix',
      file: 'mix.exs',
      appName: 'dispatch',
      version: '1.12.0',
      moduleName: 'Logistics',
      releaseName: 'dispatch',
    })
  })

  it('names an umbrella without default_release after its first release, read through releases()', () => {
    expect(parseMixExs(fixture('mix-umbrella-first-release'), 'mix.exs')).toEqual({
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
