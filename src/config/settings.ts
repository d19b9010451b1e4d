import type schemaJson from '../../systemd-units.schema.json'
import type { SourceLocation } from '../shared/errors.js'
import { scalarText } from '../shared/text.js'

/** Every option of `.systemd.yml`, typed straight from the schema. */
export type OptionName = keyof (typeof schemaJson)['properties']

/** What the run says about the manifest it read: the file, what was guessed (notices), what to set (warnings), where ExecStart= came from. */
export interface ManifestReport {
  file: string
  notices: readonly string[]
  warnings: readonly string[]
  /** Where the program ExecStart= runs came from, when the manifest chose it. */
  execStart?: string
}

/** A command as the user wrote it: a systemd command line, or an argument vector. */
export type Command = string | readonly string[]

/** Resolved, checked settings: every reference substituted, every value valid for its format. */
export class Settings {
  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    /** Where a setting (or one item of it) came from, for messages about it. */
    readonly locate: (key: OptionName, item?: number | string) => SourceLocation,
    /** Where a key nested in a setting came from (`['directives', 'Service', 'ExecReload']`), at the key itself. */
    readonly locateKey: (path: readonly [OptionName, ...string[]]) => SourceLocation,
    /** True for Elixir projects (mix.exs), which get MIX_ENV, RELEASE_TMP and release scripts. */
    readonly isMix: boolean,
    /** The manifest that was read, what was guessed from it or passed over, what to set, and where ExecStart= came from. */
    readonly manifest?: ManifestReport,
  ) {}

  /** A setting that always has a value (it has a default). */
  string(name: OptionName): string {
    const value = this.optional(name)
    if (value === undefined) throw new Error(`setting ${name} has no value`)
    return value
  }

  /** A setting that may be unset (`null` or no default); numbers are returned as text. */
  optional(name: OptionName): string | undefined {
    const value = this.values.get(name)
    return value === undefined || value === null ? undefined : scalarText(value)
  }

  /** A setting's resolved value as it was read, for code that treats every setting alike (template views). */
  value(name: OptionName): unknown {
    return this.values.get(name)
  }

  list(name: OptionName): readonly string[] {
    const value = this.values.get(name)
    return Array.isArray(value) ? (value as string[]) : []
  }

  flag(name: OptionName): boolean {
    return this.values.get(name) === true
  }

  integer(name: OptionName): number {
    return Number(this.values.get(name))
  }

  command(name: OptionName): Command | undefined {
    const value = this.values.get(name)
    return value === undefined || value === null ? undefined : (value as Command)
  }

  commands(name: OptionName): readonly Command[] {
    const value = this.values.get(name)
    return Array.isArray(value) ? (value as Command[]) : []
  }

  /** A mapping setting as name/value pairs, in the order written; [] when unset. */
  mapping(name: OptionName): Array<[string, unknown]> {
    const value = this.values.get(name)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : []
  }

  /** env_vars as name/value pairs, whichever form the user wrote them in. */
  environment(): Array<[string, string]> {
    const value = this.values.get('env_vars')
    if (Array.isArray(value)) {
      return value.map((assignment: string) => {
        const equals = assignment.indexOf('=')
        return [assignment.slice(0, equals), assignment.slice(equals + 1)]
      })
    }
    return Object.entries((value ?? {}) as Record<string, unknown>).map(([name, item]) => [name, String(item)])
  }
}
