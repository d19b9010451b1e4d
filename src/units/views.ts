import { parseCommandLine } from '../systemd/command-line.js'
import { SystemdUnitsError } from '../shared/errors.js'
import { serviceHardening, writablePaths } from './hardening/harden-service.js'
import type { Command, Settings } from '../config/settings.js'
import {
  checkUnitName,
  escapeEnvironment,
  escapeExecArgv,
  escapePath,
  escapeText,
  escapeWordList,
} from '../systemd/syntax.js'
import { checkUserSettings, VersionGate } from '../systemd/version-gate.js'
import { unitName } from '../systemd/unit-names.js'
import { DIRECTORY_KINDS, SYSTEMD_DIRECTORIES } from '../systemd/directories.js'
import { renderCommand, settingDirectives } from './setting-directives.js'
import type { SectionDirectives, SectionLines } from './sections.js'
import { passthroughDirectives } from './passthrough.js'

/** The values a template sees: every directive value already escaped for its directive. */
export type UnitView = Record<string, string | readonly string[] | boolean | undefined>

/** One unit to render: its file name, the template that renders it and what that template sees. */
export interface UnitPlan {
  name: string
  template: TemplateName
  view: UnitView
  /** Directives the template does not write, added to their sections after rendering. */
  directives?: SectionLines
  /** The passthrough's directives, each replacing every line the rendering wrote for it. */
  replacements?: SectionDirectives
}

export const templateNames = [
  'systemd.service',
  'restart.path',
  'restart.service',
  'runtime-environment.service',
] as const
export type TemplateName = (typeof templateNames)[number]

export interface UnitPlans {
  units: UnitPlan[]
  /** Things left out because the target cannot do them, for the user to handle. */
  notices: string[]
}

/**
 * Decide which units to generate and what each template sees. Pure. `variables` says which names
 * a template uses: a setting the template names is the template's to write, so its directive is
 * not added after rendering as well (a second ExecReload= line, say, would be a duplicate).
 */
export function planUnits(settings: Settings, variables: (template: TemplateName) => ReadonlySet<string>): UnitPlans {
  const notices: string[] = []
  const gate = new VersionGate(settings)
  checkUserSettings(settings, gate)
  const service = settings.string('service_name')
  const runtimeEnvironment = settings.command('runtime_environment_service_script')
  const runtimeEnvironmentUnit = unitName(`${service}-runtime-environment`, 'service')
  const mainView = mainServiceView(settings, gate, runtimeEnvironment ? runtimeEnvironmentUnit : undefined, notices)
  const units: UnitPlan[] = [
    {
      name: unitName(service, 'service'),
      template: 'systemd.service',
      view: mainView,
      directives: settingDirectives(
        settings,
        gate,
        new Set([...Object.keys(mainView), ...variables('systemd.service')]),
      ),
    },
  ]
  if (settings.string('restart_method') === 'systemd_flag') {
    units.push(
      { name: unitName(`${service}-restart`, 'path'), template: 'restart.path', view: restartPathView(settings) },
      {
        name: unitName(`${service}-restart`, 'service'),
        template: 'restart.service',
        view: restartServiceView(settings),
      },
    )
  }
  if (runtimeEnvironment) {
    units.push({
      name: runtimeEnvironmentUnit,
      template: 'runtime-environment.service',
      view: runtimeEnvironmentView(settings, gate, runtimeEnvironment, notices),
    })
  }
  for (const { name } of units) {
    // The suffixes we add can push a valid service_name past systemd's 255-character limit.
    const reason = checkUnitName(name)
    if (reason) throw new SystemdUnitsError(`${name}: ${reason}`, settings.locate('service_name'))
  }
  const [main, ...others] = units
  const passthrough = passthroughDirectives(
    settings,
    gate,
    main!.name,
    others.map(({ name }) => name),
  )
  for (const unit of units) unit.replacements = passthrough.get(unit.name)
  return { units, notices }
}

function mainServiceView(
  settings: Settings,
  gate: VersionGate,
  runtimeEnvironmentUnit: string | undefined,
  notices: string[],
): UnitView {
  const forking = settings.string('service_type') === 'forking'
  const hardening = serviceHardening(settings, gate, notices)
  const enabled = new Set([...settings.list('dirs'), ...hardening.directories])
  const dirs = new Set(enabled)
  // The runtime-environment oneshot owns the runtime directory, so a restart of the main
  // service does not delete the file it wrote there.
  if (runtimeEnvironmentUnit) dirs.delete('runtime')
  const directories = directoryViews(settings, dirs, gate, notices)
  const paths = pathViews(
    settings,
    gate,
    notices,
    hardening.readOnlySystem ? writablePaths(settings, hardening, enabled, directories.created) : [],
  )
  return {
    description: escapeText(settings.string('description')),
    after: afterList([
      'local-fs.target',
      'network.target',
      ...settings.list('unit_after_targets'),
      ...dependencies(settings),
      ...(runtimeEnvironmentUnit ? [runtimeEnvironmentUnit] : []),
    ]),
    requires: [...(runtimeEnvironmentUnit ? [runtimeEnvironmentUnit] : []), ...settings.list('requires')].map(
      escapeText,
    ),
    service_type: settings.string('service_type'),
    notify_access: settings.optional('notify_access'),
    app_user: escapeText(settings.string('app_user')),
    app_group: escapeText(settings.string('app_group')),
    working_dir: escapePath(settings.string('working_dir')),
    exec_start_pre: settings.commands('exec_start_pre').map(renderCommand),
    exec_start: execStartLine(settings),
    exec_stop: optionalCommand(settings.command('exec_stop')),
    pid_file: forking ? escapePath(settings.string('pid_file')) : undefined,
    env_files: environmentFiles(settings.list('env_files')),
    environment: environmentLines(settings, forking, hardening.environment),
    limit_nofile: settings.optional('limit_nofile'),
    limit_core: settings.optional('limit_core'),
    umask: settings.optional('umask'),
    syslog_identifier: optionalText(settings.optional('syslog_identifier')),
    restart: settings.string('restart'),
    restart_sec: settings.optional('restart_sec'),
    timeout_start_sec: settings.optional('timeout_start_sec'),
    ...directories.view,
    root_directory: settings.flag('chroot') ? escapePath(settings.string('root_directory')) : undefined,
    ...paths.view,
    // Path lists in their pre-231 names are sandboxing lines too; the template names only the new ones.
    hardening: [...paths.olderLines, ...hardening.lines],
  }
}

function restartPathView(settings: Settings): UnitView {
  const service = settings.string('service_name')
  const flag = `${settings.string('flags_dir')}/restart.flag`
  return {
    description: escapeText(`Restart ${service} when ${flag} changes`),
    path_modified: escapePath(flag),
  }
}

function restartServiceView(settings: Settings): UnitView {
  const service = settings.string('service_name')
  return {
    description: escapeText(`Restart ${service}`),
    // /bin/systemctl exists on every target: merged-/usr systems link /bin to /usr/bin.
    exec_start: escapeExecArgv(['/bin/systemctl', 'restart', unitName(service, 'service')]),
  }
}

function runtimeEnvironmentView(settings: Settings, gate: VersionGate, script: Command, notices: string[]): UnitView {
  const service = settings.string('service_name')
  return {
    description: escapeText(`Runtime environment for ${service}`),
    after: afterList(['local-fs.target', 'network.target', ...settings.list('runtime_environment_unit_after_targets')]),
    main_unit: escapeText(unitName(service, 'service')),
    app_user: escapeText(settings.string('app_user')),
    app_group: escapeText(settings.string('app_group')),
    exec_start: renderCommand(script),
    environment: environmentLines(settings, false, []),
    ...directoryViews(settings, new Set(['runtime']), gate, notices).view,
  }
}

/**
 * Units the service depends on, which it also starts after: systemd.unit(5) says Wants=, Requires=
 * and BindsTo= do not order by themselves, and a service started beside its database races it.
 * A unit listed in `before` is ordered the other way.
 */
function dependencies(settings: Settings): string[] {
  const before = new Set(settings.list('before'))
  return ['wants', 'requires', 'binds_to', 'part_of']
    .flatMap((option) => settings.list(option as 'wants'))
    .filter((unit) => !before.has(unit))
}

function afterList(units: readonly string[]): string {
  return escapeText([...new Set(units)].join(' '))
}

/** ExecStart=, with the wrapper (if any) between the command's prefixes and the command itself. */
function execStartLine(settings: Settings): string {
  const command = settings.command('exec_start')
  if (command === undefined) throw new SystemdUnitsError('exec_start is not set', settings.locate('exec_start'))
  const rendered = renderCommand(command)
  const wrap = settings.command('exec_start_wrap')
  if (wrap === undefined) return rendered
  const wrapper = renderCommand(wrap)
  if (parseCommandLine(wrapper).prefixes !== '') {
    throw new SystemdUnitsError(
      'the wrapper must not carry prefixes such as ! or -: put them on exec_start',
      settings.locate('exec_start_wrap'),
    )
  }
  const { prefixes, command: rest } = parseCommandLine(rendered)
  // One space between wrapper and program, however the wrapper ends (an escaped space is kept).
  return `${prefixes}${wrapper.replace(/(?<!\\)[ \t]+$/, '')} ${rest}`
}

function optionalCommand(command: Command | undefined): string | undefined {
  return command === undefined ? undefined : renderCommand(command)
}

function optionalText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : escapeText(value)
}

/**
 * EnvironmentFile= lines, one per file. Two entries can name the same file (current_dir equal to
 * deploy_dir in the defaults): it is written once, where it is read last, since a file read again
 * overrides what came between (systemd.exec(5) EnvironmentFile=), and required if any entry is.
 */
function environmentFiles(entries: readonly string[]): string[] {
  const files = entries.map((entry) => ({ optional: entry.startsWith('-'), path: entry.replace(/^-/, '') }))
  return files
    .filter(({ path }, index) => !files.slice(index + 1).some((later) => later.path === path))
    .map(({ path }) => {
      const optional = files.every((file) => file.path !== path || file.optional)
      return `${optional ? '-' : ''}${escapePath(path)}`
    })
}

/** The path-list options and the directives they write (systemd.exec(5) "Sandboxing"). */
const PATH_LISTS = [
  { option: 'read_write_paths', directive: 'ReadWritePaths' },
  { option: 'read_only_paths', directive: 'ReadOnlyPaths' },
  { option: 'inaccessible_paths', directive: 'InaccessiblePaths' },
] as const

/**
 * ReadWritePaths= and friends, the writable paths the hardening needs added to the user's. A
 * target older than their names gets the older names instead (the same setting, for directories).
 */
function pathViews(
  settings: Settings,
  gate: VersionGate,
  notices: string[],
  writable: readonly string[],
): { view: UnitView; olderLines: string[] } {
  const view: UnitView = {}
  const olderLines: string[] = []
  for (const { option, directive } of PATH_LISTS) {
    const paths = [...new Set([...settings.list(option), ...(option === 'read_write_paths' ? writable : [])])]
    const value = paths.length > 0 ? escapeWordList(paths) : undefined
    view[option] = value
    if (value === undefined) continue
    const result = gate.chosen(directive, value)
    // The older names are in every version systemd_version accepts: nothing is left out.
    if (result.kind !== 'older') continue
    // The older names take host paths: "+" (relative to RootDirectory=) came with the new ones.
    const rooted = settings.list(option).findIndex((path) => /^-?\+/.test(path))
    if (rooted >= 0) {
      const requirement = gate.missing(directive, value)
      throw new SystemdUnitsError(
        `the "+" prefix needs ${directive}= (systemd ${requirement?.since}) and the target is ${gate.target.description}, whose ${requirement?.olderName}= takes host paths only`,
        settings.locate(option, rooted),
      )
    }
    notices.push(result.change)
    olderLines.push(result.line)
    view[option] = undefined
  }
  return { view, olderLines }
}

/**
 * Built-in variables, then env_vars (a user's value replaces a built-in of the same name in place).
 * EnvironmentFile= entries override all of these (systemd.exec(5) "EnvironmentFile=").
 */
function environmentLines(settings: Settings, forking: boolean, needed: ReadonlyArray<[string, string]>): string[] {
  const variables = new Map<string, string>()
  const lang = settings.optional('env_lang')
  if (lang !== undefined) variables.set('LANG', lang)
  if (settings.isMix) {
    // mix_env null or "" leaves MIX_ENV out, as env_lang null leaves out LANG.
    const mixEnv = settings.optional('mix_env')
    if (mixEnv) variables.set('MIX_ENV', mixEnv)
    variables.set('RELEASE_TMP', settings.string('runtime_dir'))
  }
  variables.set('DEPLOY_DIR', settings.string('deploy_dir'))
  const dirs = settings.list('dirs')
  for (const { kind, setting, variable } of DIRECTORY_KINDS) {
    if (dirs.includes(kind)) variables.set(variable, settings.string(setting))
  }
  if (forking) variables.set('PIDFILE', settings.string('pid_file'))
  for (const [name, value] of needed) variables.set(name, value)
  for (const [name, value] of settings.environment()) variables.set(name, value)
  return [...variables].map(([name, value]) => escapeEnvironment(name, value))
}

/**
 * `*Directory=` settings for the enabled dirs. systemd creates them only under its own bases,
 * and only from the version that added each setting; otherwise deploy scripts must.
 * `created` holds the kinds this unit has systemd create.
 */
function directoryViews(
  settings: Settings,
  dirs: ReadonlySet<string>,
  gate: VersionGate,
  notices: string[],
): { view: UnitView; created: Set<string> } {
  // Every key is present, set or not, so templates can name any of them. systemd has no
  // TmpDirectory=; the mode is there for a template that creates the directory itself.
  const view: UnitView = {
    runtime_directory_preserve: undefined,
    tmp_directory_mode: dirs.has('tmp') ? settings.string('tmp_directory_mode') : undefined,
  }
  const created = new Set<string>()
  for (const { kind, setting, directive, base } of SYSTEMD_DIRECTORIES) {
    view[`${kind}_directory`] = undefined
    view[`${kind}_directory_mode`] = undefined
    if (!dirs.has(kind)) continue
    const name = settings.string(`${kind}_directory`)
    const path = settings.string(setting)
    if (path !== `${base}/${name}`) {
      notices.push(
        `${directive}= left out: ${setting} ${path} is not under systemd's ${base}; create it in your deploy scripts`,
      )
      continue
    }
    const missing = gate.missing(directive, name)
    if (missing) {
      notices.push(
        `${directive}= left out: it needs systemd ${missing.since} and the target is ${gate.target.description}; create ${path} in your deploy scripts`,
      )
      continue
    }
    created.add(kind)
    view[`${kind}_directory`] = escapeWordList([name])
    view[`${kind}_directory_mode`] = settings.string(`${kind}_directory_mode`)
    const preserve = settings.string('runtime_directory_preserve')
    // A preserve the user set is checked with their settings; the default, "no", is what systemd
    // does without the directive, so leaving it out loses nothing and needs no notice.
    if (kind === 'runtime' && !gate.missing('RuntimeDirectoryPreserve', preserve))
      view['runtime_directory_preserve'] = preserve
  }
  return { view, created }
}
