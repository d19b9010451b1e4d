import { ecosystemDefaults, isMix, outputDir, startCommand } from './ecosystem-defaults.js'
import { SystemdUnitsError, type SourceLocation } from '../shared/errors.js'
import { runtimeFor } from '../units/hardening/profiles.js'
import type { Manifest } from '../manifest/types.js'
import { MANIFEST_FILES } from '../manifest/read-manifest.js'
import { InvalidReference, substituteReferences } from './references.js'
import { closestName, configSchema, isOption, optionNames, schemaDefaults, validateOption } from './schema.js'
import { fixedLayer, type SettingsLayer } from './layers.js'
import { Settings, type OptionName } from './settings.js'
import { escapeExecWordFragment, toSystemName } from '../systemd/syntax.js'
import { DEFAULT_SYSTEMD_VERSION, lowestSystemd, targetList } from '../systemd/targets.js'
import { valueFormats } from './formats.js'
import { scalarText } from '../shared/text.js'
import { manifestReport } from './manifest-report.js'

export interface ResolveRequest {
  /** The project's manifest, when one was found. */
  manifest?: Manifest
  /** The user's layers, lowest precedence first: config file, `settings` input, action inputs. */
  layers: SettingsLayer[]
}

type Derivation = (get: (name: OptionName) => unknown) => unknown

/** Settings computed from other settings when nobody set them. */
function derivedDefaults(manifest: Manifest | undefined): Partial<Record<OptionName, Derivation>> {
  return {
    // mix_systemd: ext_name is app_name with "_" → "-"; it also names the user, the group and the
    // directories, so it is made valid for adduser and User= too.
    ext_name: (get) => toSystemName(String(get('app_name'))),
    module_name: (get) => camelCase(String(get('app_name'))),
    release_name: (get) => get('app_name'),
    start_command: (get) => startCommand(String(get('service_type')), String(get('release_system'))),
    // A forking release is stopped by its script, as mix_systemd does; anything else gets SIGTERM,
    // which OTP handles (and `bin/app stop` fails once the node has crashed).
    exec_stop: (get) =>
      isMix(manifest) && get('service_type') === 'forking'
        ? ['{{current_dir}}/bin/{{release_name}}', 'stop']
        : undefined,
    // The target's systemd, else mix_systemd's default of 235.
    systemd_version: (get) => lowestSystemd(targetList(get('target'))) ?? DEFAULT_SYSTEMD_VERSION,
    runtime: () => runtimeFor(manifest?.ecosystem),
    // Type=notify takes READY=1 only from the main process unless told otherwise. A mix release's
    // start script and its children notify, so every process of the service must be let through;
    // the other runtimes notify from their own process (sd_notify(3); systemd.service(5) NotifyAccess=).
    notify_access: (get) => (get('service_type') !== 'notify' ? undefined : isMix(manifest) ? 'all' : 'main'),
    output_dir: (get) => outputDir(isMix(manifest), get('mix_env')),
  }
}

/** Merge defaults, manifest and the user's layers; resolve references; check every value. Pure. */
export function resolveSettings(request: ResolveRequest): Settings {
  const { manifest } = request
  const defaults = defaultsLayer(manifest)
  const fromManifest = manifestLayers(manifest)
  const layers = [defaults, ...fromManifest, ...request.layers]
  for (const layer of layers) checkShape(layer)
  const winners = new Map<string, SettingsLayer>()
  for (const layer of layers) for (const key of Object.keys(layer.values)) winners.set(key, layer)
  const locate = (key: string, item?: number | string): SourceLocation =>
    (winners.get(key) ?? layers[0]!).locate(key, item)

  if (!winners.has('app_name')) {
    throw new SystemdUnitsError(
      `no manifest found (looked for ${MANIFEST_FILES.join(', ')}) and no app_name: set the app-name input or app_name in the config`,
    )
  }

  const derived = derivedDefaults(manifest)
  const resolved = new Map<string, unknown>()
  const resolving: string[] = []
  /** The settings each one was made from (references and derivations), for errors about defaults. */
  const madeFrom = new Map<string, string[]>()
  const resolve = (key: OptionName): unknown => {
    const from = resolving[resolving.length - 1]
    if (from !== undefined) madeFrom.set(from, [...(madeFrom.get(from) ?? []), key])
    if (resolved.has(key)) return resolved.get(key)
    if (resolving.includes(key)) {
      const cycle = [...resolving.slice(resolving.indexOf(key)), key].join(' → ')
      throw new SystemdUnitsError(`reference cycle: ${cycle}`, locate(resolving[resolving.length - 1]!))
    }
    resolving.push(key)
    const layer = winners.get(key)
    const raw = layer ? layer.values[key] : derived[key]?.(resolve)
    const value = resolveReferences(
      key,
      normalise(key, raw),
      (name) => referencedValue(key, name, resolve, locate),
      locate,
    )
    resolving.pop()
    resolved.set(key, value)
    return value
  }
  for (const key of optionNames) resolve(key as OptionName)

  /** The user's or the manifest's setting a value was made from, when it is not one of theirs itself. */
  const origin = (key: string, seen: readonly string[] = []): string | undefined => {
    const layer = winners.get(key)
    if (layer !== undefined && layer !== defaults) return key
    for (const source of madeFrom.get(key) ?? []) {
      const found = seen.includes(source) ? undefined : origin(source, [...seen, key])
      if (found !== undefined) return found
    }
    return undefined
  }
  for (const key of optionNames) {
    if (resolved.get(key) === undefined) continue
    const violation = validateOption(key, resolved.get(key), valueFormats)
    if (!violation) continue
    const source = origin(key)
    const layer = source === undefined ? undefined : winners.get(source)
    const entry = manifest?.entryPoint
    // The default exec_start runs the manifest's program: a path that breaks it is the manifest's, not app_name's.
    if (
      key === 'exec_start' &&
      entry &&
      winners.get(key) === defaults &&
      (layer === undefined || fromManifest.includes(layer))
    ) {
      throw new SystemdUnitsError(
        `exec_start ${shownValue(resolved.get(key))}, running ${JSON.stringify(entry.path)} (${entry.reason}): ` +
          `${violation.reason}; set exec_start to override it`,
        { kind: 'file', file: manifest.file },
      )
    }
    if (source === undefined || (source === key && !fromManifest.includes(layer!))) {
      throw new SystemdUnitsError(violation.reason, locate(key, violation.item))
    }
    // A value the manifest gave, or one made from another setting: say what it became and what overrides it.
    const made = source === key ? 'read from here' : `made from ${source} here`
    throw new SystemdUnitsError(
      `${key} ${shownValue(resolved.get(key))}, ${made}: ${violation.reason}; set ${key} to override it`,
      layer!.locate(source),
    )
  }
  const userSet = (key: OptionName) => winners.get(key) !== defaults && winners.has(key)
  const report = manifest && manifestReport(manifest, (key) => resolved.get(key), userSet)
  const locateKey = (path: readonly string[]): SourceLocation => (winners.get(path[0]!) ?? layers[0]!).locateKey(path)
  return new Settings(resolved, locate, locateKey, isMix(manifest), report)
}

/** A value quoted in an error, its middle elided when long (a 4 KB path would bury the reason). */
function shownValue(value: unknown): string {
  const text = JSON.stringify(value)
  return text.length <= 80 ? text : `${text.slice(0, 40)}…${text.slice(-30)}`
}

function defaultsLayer(manifest: Manifest | undefined): SettingsLayer {
  return fixedLayer({ ...schemaDefaults(), ...ecosystemDefaults(manifest) }, () => ({ kind: 'default' }))
}

function manifestLayers(manifest: Manifest | undefined): SettingsLayer[] {
  if (!manifest) return []
  const values: Record<string, unknown> = { app_name: manifest.appName }
  if (manifest.version !== undefined) values['version'] = manifest.version
  if (manifest.moduleName !== undefined) values['module_name'] = manifest.moduleName
  if (manifest.releaseName !== undefined) values['release_name'] = manifest.releaseName
  const layer = fixedLayer(values, () => ({ kind: 'file', file: manifest.file }))
  const name = manifest.nameField
  if (!name) return [layer]
  // The name, and everything made from it, is reported at the manifest's field and line.
  const locate: SettingsLayer['locate'] = (key, item) =>
    key === 'app_name' ? { kind: 'file', file: manifest.file, line: name.line, key: name.key } : layer.locate(key, item)
  return [{ ...layer, locate }]
}

/** Unknown keys and wrong shapes fail before anything is merged, at the line that wrote them. */
function checkShape(layer: SettingsLayer): void {
  for (const [key, value] of Object.entries(layer.values)) {
    if (!isOption(key)) {
      const suggestion = closestName(key, optionNames)
      const hint = suggestion ? ` (did you mean ${suggestion}?)` : ''
      throw new SystemdUnitsError(`unknown setting${hint}`, layer.locate(key))
    }
    const violation = validateOption(key, value)
    if (violation) throw new SystemdUnitsError(violation.reason, layer.locate(key, violation.item))
  }
}

/** Put values into the one form the rest of the code reads. */
function normalise(key: OptionName, value: unknown): unknown {
  // YAML reads `umask: 0027` as the integer 27: modes are octal digits, so pad them back.
  if (typeof value === 'number' && configSchema.properties[key]?.format === 'octal-mode') {
    return String(value).padStart(4, '0')
  }
  // mix_systemd runs a runtime_environment_service_script given as a bare name from scripts_dir.
  if (key === 'runtime_environment_service_script') {
    if (typeof value === 'string' && BARE_NAME.test(value)) return `{{scripts_dir}}/${value}`
    const words: unknown[] | undefined = Array.isArray(value) ? value : undefined
    if (words && typeof words[0] === 'string' && BARE_NAME.test(words[0]))
      return [`{{scripts_dir}}/${words[0]}`, ...words.slice(1)]
  }
  return value
}

/** A program name without a directory, optionally followed by arguments. */
const BARE_NAME = /^[A-Za-z0-9_.+-]+(\s|$)/

/** Resolve references in every string of `value`. */
function resolveReferences(
  key: OptionName,
  value: unknown,
  lookup: (name: string) => string,
  locate: (key: string, item?: number | string) => SourceLocation,
): unknown {
  // Inside a command line a referenced value is one word: quote and escape it as one.
  // In an argument vector each element is escaped whole when rendered, so it takes the value raw.
  const shape = commandShape(key)
  const substitute = (text: string, item?: number | string, inCommandLine = false): string => {
    try {
      return substituteReferences(text, lookup, inCommandLine ? escapeExecWordFragment : undefined)
    } catch (error) {
      if (error instanceof InvalidReference) throw new SystemdUnitsError(error.message, locate(key, item))
      throw error
    }
  }
  if (typeof value === 'string') return substitute(value, undefined, shape !== undefined)
  if (Array.isArray(value)) {
    return (value as unknown[]).map((item, index) =>
      typeof item === 'string'
        ? substitute(item, index, shape === 'commands')
        : Array.isArray(item)
          ? item.map((word: string) => substitute(word, index))
          : item,
    )
  }
  if (typeof value === 'object' && value !== null) {
    // Mappings nest (`directives` by section, then directive): every string at any depth, raw.
    const deep = (item: unknown, name: string): unknown =>
      typeof item === 'string'
        ? substitute(item, name)
        : Array.isArray(item)
          ? item.map((each) => deep(each, name))
          : typeof item === 'object' && item !== null
            ? Object.fromEntries(Object.entries(item).map(([key, each]) => [key, deep(each, name)]))
            : item
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, deep(item, name)]))
  }
  return value
}

const COMMAND_REF = '#/$defs/command'

/** Whether an option holds one command, a list of commands, or neither (read off the schema). */
function commandShape(key: OptionName): 'command' | 'commands' | undefined {
  const node = configSchema.properties[key]
  if (node?.anyOf?.some((alternative) => alternative.$ref === COMMAND_REF)) return 'command'
  if (node?.items?.$ref === COMMAND_REF) return 'commands'
  return undefined
}

function referencedValue(
  from: OptionName,
  name: string,
  resolve: (key: OptionName) => unknown,
  locate: (key: string, item?: number | string) => SourceLocation,
): string {
  if (!isOption(name)) {
    const suggestion = closestName(name, optionNames)
    throw new SystemdUnitsError(
      `references unknown setting ${name}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      locate(from),
    )
  }
  const value = resolve(name as OptionName)
  if (value === undefined || value === null)
    throw new SystemdUnitsError(`references ${name}, which is not set`, locate(from))
  if (typeof value === 'object')
    throw new SystemdUnitsError(`references ${name}, which is a list, not a single value`, locate(from))
  return scalarText(value)
}

function camelCase(name: string): string {
  return name
    .split(/[_-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}
