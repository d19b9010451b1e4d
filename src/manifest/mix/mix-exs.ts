import { SystemdUnitsError } from '../../shared/errors.js'
import { TermReader, type ListEntry, type Term } from './mix-terms.js'
import { tokenize } from './mix-tokens.js'
import { NO_FILES, type Manifest, type ProjectFiles } from '../types.js'

/** How many attribute or function indirections to follow before giving up (they could loop). */
const MAX_INDIRECTIONS = 8

/**
 * Read the app name, version, module and release name out of a mix.exs without running it:
 * literals, module attributes, interpolations of them, zero-arity local functions returning
 * literals, a local helper called with a literal (`version("2.2.50")`) and `File.read!` of a file
 * next to mix.exs are understood. A version that only running mix would give is a warning.
 */
export function parseMixExs(text: string, file: string, files: ProjectFiles = NO_FILES): Manifest {
  const source = new MixSource(text, file, files)
  const project = source.projectKeywords()
  const lookup = (key: string) => project.entries.find((entry) => entry.key === key)

  const app = lookup('app')
  const appName = app && source.atomOf(app, 'app')
  const releaseName = source.releaseName(lookup('default_release'), lookup('releases'))
  const umbrella = lookup('apps_path') !== undefined
  const moduleName = source.moduleName()
  const version = source.version(
    lookup('version'),
    releaseName === undefined ? undefined : source.releaseVersion(lookup('releases'), releaseName),
    project.line,
  )

  const name = umbrella ? releaseName : appName
  if (name === undefined) {
    throw umbrella
      ? new SystemdUnitsError(
          'this umbrella project (apps_path:) has no default_release: or literal releases: to name the service after; add one to project/0, or set app_name',
          { kind: 'file', file, line: project.line, key: 'releases' },
        )
      : new SystemdUnitsError('project/0 has no app: entry', { kind: 'file', file, line: project.line, key: 'app' })
  }
  const nameEntry = umbrella ? (lookup('default_release') ?? lookup('releases')) : app
  return {
    ecosystem: 'mix',
    file,
    appName: name,
    ...(version.value !== undefined && { version: version.value }),
    ...(moduleName !== undefined && { moduleName }),
    ...(releaseName !== undefined && { releaseName }),
    ...(nameEntry && { nameField: { key: nameEntry.key!, line: nameEntry.line } }),
    ...(version.notices.length > 0 && { notices: version.notices }),
    ...(version.warnings.length > 0 && { warnings: version.warnings }),
  }
}

/** The version as read, and what the user should know about how. */
interface VersionReading {
  value?: string
  notices: string[]
  warnings: string[]
}

/** The tokens of one mix.exs and what can be looked up in them. */
class MixSource {
  private readonly reader: TermReader

  constructor(
    text: string,
    private readonly file: string,
    private readonly files: ProjectFiles,
  ) {
    this.reader = new TermReader(tokenize(text, file), file)
  }

  /**
   * The version the release is built with: the release's own `version:` wins over the project's,
   * as `mix release` does. Never empty in silence: what cannot be read is a warning at its line.
   */
  version(project: ListEntry | undefined, release: ListEntry | undefined, projectLine: number): VersionReading {
    const notices: string[] = []
    const entry = release ?? project
    if (entry === undefined) {
      const warning = `${this.file}:${projectLine}: project/0 has no version: the units carry none; set version`
      return { notices, warnings: [warning] }
    }
    const where = `${this.file}:${entry.line}: version`
    if (release && project) notices.push(`${where}: the release's version wins over the project's, as mix release does`)
    const term = this.resolve(entry.value, 0, (note) => notices.push(`${where}: ${note}`))
    if (term.kind === 'string' && term.value.trim() !== '') return { value: term.value.trim(), notices, warnings: [] }
    const why =
      term.kind === 'string'
        ? 'is empty'
        : term.kind === 'file'
          ? `reads ${term.path}, which is missing or empty`
          : 'is computed when mix runs, so it cannot be read without running it'
    return { notices, warnings: [`${where}: ${why}; the units carry no version: set version`] }
  }

  /** `version:` of the release named `name` under `releases:`, when it sets one. */
  releaseVersion(releases: ListEntry | undefined, name: string): ListEntry | undefined {
    const list = releases && this.resolve(releases.value)
    const release = list?.kind === 'list' ? list.entries.find((entry) => entry.key === name) : undefined
    const options = release && this.resolve(release.value)
    return options?.kind === 'list' ? options.entries.find((entry) => entry.key === 'version') : undefined
  }

  private get tokens() {
    return this.reader.tokens
  }

  /** `MyApp` from `defmodule MyApp.MixProject do` (or `.Mixfile`, the older convention). */
  moduleName(): string | undefined {
    const modules = this.tokens.flatMap((token, i) => {
      const name = this.tokens[i + 1]
      return token.kind === 'identifier' && token.value === 'defmodule' && name?.kind === 'alias' ? [name.value!] : []
    })
    const project = modules.find((name) => /\.(MixProject|Mixfile)$/.test(name)) ?? modules[0]
    return project?.replace(/\.(MixProject|Mixfile)$/, '')
  }

  /** The keyword list project/0 returns. */
  projectKeywords(): Extract<Term, { kind: 'list' }> {
    const body = this.functionBody('project')
    if (body === undefined) {
      throw new SystemdUnitsError('no `def project` found; is this a Mix project file?', {
        kind: 'file',
        file: this.file,
        key: 'project',
      })
    }
    const project = this.resolve(body)
    if (project.kind !== 'list') {
      throw new SystemdUnitsError('project/0 does not return a literal keyword list', {
        kind: 'file',
        file: this.file,
        line: project.line,
        key: 'project',
      })
    }
    return project
  }

  /** `default_release:` when set, else the first release under `releases:`. */
  releaseName(defaultRelease: ListEntry | undefined, releases: ListEntry | undefined): string | undefined {
    if (defaultRelease) return this.atomOf(defaultRelease, 'default_release')
    const list = releases && this.resolve(releases.value)
    return list?.kind === 'list' ? list.entries.find((entry) => entry.key !== undefined)?.key : undefined
  }

  /** The atom an entry is set to; anything else is an error, as the name cannot be guessed. */
  atomOf(entry: ListEntry, key: string): string {
    const term = this.resolve(entry.value)
    if (term.kind !== 'atom') {
      throw new SystemdUnitsError('must be a literal atom such as :my_app to be read without running mix', {
        kind: 'file',
        file: this.file,
        line: entry.line,
        key,
      })
    }
    return term.value
  }

  /**
   * Follow `@attribute` and `local_function()` references, interpolations and `File.read!` to the
   * literal they stand for; `note` hears what was assumed on the way (a helper's literal argument).
   */
  resolve(term: Term, depth = 0, note: (text: string) => void = () => {}): Term {
    const opaque: Term = { kind: 'opaque', line: term.line }
    if (depth > MAX_INDIRECTIONS) return opaque
    switch (term.kind) {
      case 'attribute': {
        const value = this.attributeValue(term.name, term.at)
        return value === undefined ? opaque : this.resolve(value, depth + 1, note)
      }
      case 'call': {
        if (term.argument === undefined) {
          const body = this.functionBody(term.name)
          return body === undefined ? opaque : this.resolve(body, depth + 1, note)
        }
        if (!this.definesFunction(term.name)) return opaque
        // Pleroma's `version: version("2.2.50")`: the helper appends git metadata to its argument.
        note(
          `read the literal of ${term.name}(${JSON.stringify(this.literal(term.argument))}); the helper may add to it when mix runs`,
        )
        return this.resolve(term.argument, depth + 1, note)
      }
      case 'interpolation': {
        const parts = term.parts.map((part) => (typeof part === 'string' ? part : this.resolve(part, depth + 1, note)))
        const texts = parts.map((part) =>
          typeof part === 'string' ? part : part.kind === 'string' || part.kind === 'atom' ? part.value : undefined,
        )
        return texts.every((text) => text !== undefined)
          ? { kind: 'string', value: texts.join(''), line: term.line }
          : opaque
      }
      case 'file': {
        // The first line, as the VERSION convention has it (a trailing newline or release notes below).
        const first = this.files.read(term.path)?.trim().split(/\r?\n/, 1)[0]?.trim()
        return first ? { kind: 'string', value: first, line: term.line } : term
      }
      default:
        return term
    }
  }

  private literal(term: Term): string | undefined {
    return term.kind === 'string' ? term.value : undefined
  }

  /** Whether the module defines a function `name` of any arity with def or defp. */
  private definesFunction(name: string): boolean {
    return this.tokens.some(
      (token, i) =>
        token.kind === 'identifier' &&
        (token.value === 'def' || token.value === 'defp') &&
        this.tokens[i + 1]?.kind === 'identifier' &&
        this.tokens[i + 1]?.value === name,
    )
  }

  /** The value of `@name` as seen at token `at`: its last definition before that point, as in Elixir. */
  private attributeValue(name: string, at: number): Term | undefined {
    for (let i = at - 1; i >= 0; i--) {
      const token = this.tokens[i]!
      if (token.kind === 'attribute' && token.value === name && this.isAttributeDefinition(i)) {
        return this.reader.readExpression(i + 1).term
      }
    }
    return undefined
  }

  /** `@version "0.1.0"` defines; `version: @version` and `@version <> "-dev"` only read. */
  private isAttributeDefinition(at: number): boolean {
    const next = this.tokens[at + 1]
    if (next === undefined || next.line !== this.tokens[at]!.line || next.kind === 'operator') return false
    return !this.reader.endsExpression(at + 1)
  }

  /**
   * The body of the zero-arity `def name`/`defp name`, when it is a single expression
   * (`def project do [...] end` or `defp releases, do: [...]`).
   */
  private functionBody(name: string): Term | undefined {
    for (let i = 0; i < this.tokens.length; i++) {
      const keyword = this.tokens[i]!
      if (keyword.kind !== 'identifier' || (keyword.value !== 'def' && keyword.value !== 'defp')) continue
      if (this.tokens[i + 1]?.kind !== 'identifier' || this.tokens[i + 1]?.value !== name) continue
      const afterName = this.tokens[i + 2]?.value === '(' && this.tokens[i + 3]?.value === ')' ? i + 4 : i + 2
      const opener = this.tokens[afterName]
      if (opener?.kind === 'identifier' && opener.value === 'do') {
        const { term, next } = this.reader.readExpression(afterName + 1)
        const closesBlock = this.tokens[next]?.kind === 'identifier' && this.tokens[next]?.value === 'end'
        return closesBlock ? term : { kind: 'opaque', line: opener.line }
      }
      if (
        opener?.kind === 'comma' &&
        this.tokens[afterName + 1]?.kind === 'key' &&
        this.tokens[afterName + 1]?.value === 'do'
      ) {
        return this.reader.readExpression(afterName + 2).term
      }
    }
    return undefined
  }
}
