import { readConfigFile, parseSettingsInput } from './config-file.js'
import { readManifest } from '../manifest/read-manifest.js'
import { resolveSettings } from './resolve.js'
import { fixedLayer, yamlLayer, type SettingsLayer } from './layers.js'
import type { Settings } from './settings.js'
import { makeBoundary, type Boundary } from '../shared/boundary.js'
import type { SourceLocation } from '../shared/errors.js'

/** What a run is asked to do, whether it comes from action inputs or CLI flags. */
export interface JobRequest {
  /** Absolute path of the project root. */
  workingDirectory: string
  /** Config file relative to the project root; undefined means the optional default `.systemd.yml`. */
  config?: string
  /** YAML mapping merged over the config file. */
  settings?: string
  appName?: string
  version?: string
  outputDir?: string
  /** Target distributions, separated by commas or white space. */
  target?: string
  /** Where paths may lead (SECURITY.md, "The boundary"); the working directory alone when not given. */
  boundary?: Boundary
}

/** The request's boundary: the one given, else the working directory alone. */
export function boundaryOf(request: JobRequest): Boundary {
  return request.boundary ?? makeBoundary(request.workingDirectory)
}

/** Which input each override comes from, for messages. */
const INPUT_OF = { app_name: 'app-name', version: 'version', output_dir: 'output-dir', target: 'target' } as const

/** Read config, settings input and manifest, and resolve them into checked settings. */
export async function loadSettings(request: JobRequest): Promise<Settings> {
  const boundary = boundaryOf(request)
  const configFile = readConfigFile(request.workingDirectory, request.config, boundary)
  const settingsInput = parseSettingsInput(request.settings)
  const layers: SettingsLayer[] = []
  if (configFile) layers.push(yamlLayer(configFile))
  if (settingsInput) layers.push(yamlLayer(settingsInput))
  layers.push(inputsLayer(request))
  const explicit = explicitManifest(layers)
  const manifest = await readManifest(request.workingDirectory, {
    explicit: explicit?.path,
    explicitLocation: explicit?.location,
    boundary,
  })
  return resolveSettings({ manifest, layers })
}

function inputsLayer(request: JobRequest): SettingsLayer {
  const values: Record<string, unknown> = {}
  if (request.appName) values['app_name'] = request.appName
  if (request.version) values['version'] = request.version
  if (request.outputDir) values['output_dir'] = request.outputDir
  if (request.target) {
    const targets = request.target.split(/[\s,]+/).filter(Boolean)
    values['target'] = targets.length === 1 ? targets[0] : targets
  }
  return fixedLayer(values, (key) => ({ kind: 'input', name: INPUT_OF[key as keyof typeof INPUT_OF] }))
}

/** The manifest must be known before settings can be resolved, so its setting is read first. */
function explicitManifest(layers: readonly SettingsLayer[]): { path: string; location: SourceLocation } | undefined {
  const layer = layers.findLast((layer) => layer.values['manifest'] !== undefined)
  const value = layer?.values['manifest']
  return typeof value === 'string' ? { path: value, location: layer!.locate('manifest') } : undefined
}
