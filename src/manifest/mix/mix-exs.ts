import { SystemdUnitsError } from '../../shared/errors.js'
import { TermReader, type ListEntry, type Term } from './mix-terms.js'
import { tokenize } from './mix-tokens.js'
import type { Manifest } from '../types.js'

/** How many attribute or function indirections to follow before giving up (they could loop). */
const MAX_INDIRECTIONS = 8

/**
 * Read the app name, version, module and release name out of a mix.exs without running it:
 * only literals, module attributes and zero-arity local functions returning literals are understood.
 */
export function parseMixExs(text: string, file: string): Manifest {
  const source = new MixSource(text, file)
  const project = source.projectKeywords()
  const lookup = (key: string) => project.entries.find((entry) => entry.key === key)

  const app = lookup('app')
  const appName = app && source.atomOf(app, 'app')
  const version = lookup('version')
  const versionTerm = version && source.resolve(version.value)
  const releaseName = source.releaseName(lookup('default_release'), lookup('releases'))
  const umbrella = lookup('apps_path') !== undefined
  const moduleName = source.moduleName()

  const name = umbrella ? releaseName : appName
  if (name === undefined) {
    throw umbrella
      ? new SystemdUnitsError(
          'this umbrella project (apps_path:) has no default_release: or literal releases: to name the service after; add one to project/0, or set app_name',
          { kind: 'file', file, line: project.line, key: 'releases' },
        )
      : new SystemdUnitsError('project/0 has no app: entry', { kind: 'file', file, line: project.line, key: 'app' })
  }
  return {
    ecosystem: 'mix',
    file,
    appName: name,
    ...(versionTerm?.kind === 'string' && { version: versionTerm.value }),
    ...(moduleName !== undefined && { moduleName }),
    ...(releaseName !== undefined && { releaseName }),
  }
}

/** The tokens of one mix.exs and what can be looked up in them. */
class MixSource {
  private readonly reader: TermReader

  constructor(
    text: string,
    private readonly file: string,
  ) {
    this.reader = new TermReader(tokenize(text, file), file)
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

  /** Follow `@attribute` and `local_function()` references to the literal they stand for. */
  resolve(term: Term, depth = 0): Term {
    if (depth > MAX_INDIRECTIONS) return { kind: 'opaque', line: term.line }
    if (term.kind === 'attribute') {
      const value = this.attributeValue(term.name, term.at)
      return value === undefined ? { kind: 'opaque', line: term.line } : this.resolve(value, depth + 1)
    }
    if (term.kind === 'call') {
      const body = this.functionBody(term.name)
      return body === undefined ? { kind: 'opaque', line: term.line } : this.resolve(body, depth + 1)
    }
    return term
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
