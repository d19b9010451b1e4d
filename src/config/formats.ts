import { checkCommandLine } from '../systemd/command-line.js'
import type { FormatCheckers } from './schema.js'
import {
  checkAbsolutePath,
  checkEnvironmentName,
  checkEscapable,
  checkExecutablePath,
  checkOctalMode,
  checkPathLength,
  checkRelativeDirectoryName,
  checkResourceLimit,
  checkSingleLine,
  checkTimespan,
  checkUnitName,
  checkUserName,
} from '../systemd/syntax.js'
import { UNIT_NAME_PART } from '../systemd/unit-names.js'
import {
  checkCpuQuota,
  checkDocumentationUrl,
  checkExitStatus,
  checkMemoryLimit,
  checkNiceLimit,
  checkSignal,
  checkTasksLimit,
  checkTimeLimit,
} from '../systemd/resource-values.js'

/**
 * What each `format` of the schema means, checked after references are resolved.
 * Every string, whatever its format, is single-line: a newline would start a new directive.
 */
export const valueFormats: FormatCheckers = {
  'single-line': checkSingleLine,
  name: checkName,
  // An empty MIX_ENV is no MIX_ENV: the line is left out, as with null.
  'mix-env': (value) => (value === '' ? undefined : checkName(value)),
  'unit-name-part': (value) =>
    UNIT_NAME_PART.test(value)
      ? undefined
      : `${JSON.stringify(value)} is not a valid unit name: use only A-Z a-z 0-9 : _ . -`,
  'user-name': checkUserName,
  'project-path': (value) =>
    checkSingleLine(value) ?? (value === '' ? 'must not be empty' : undefined) ?? checkPathLength(value),
  'absolute-path': checkAbsolutePath,
  // systemd.exec(5) ReadWritePaths=: "-" ignores a missing path, "+" is relative to RootDirectory=, "-" first.
  'sandbox-path': (value) => checkAbsolutePath(value.replace(SANDBOX_PREFIXES, '')),
  executable: checkExecutablePath,
  'directory-name': checkRelativeDirectoryName,
  'octal-mode': checkOctalMode,
  timespan: checkTimespan,
  'resource-limit': (value) => checkResourceLimit(value, 'count'),
  'resource-limit-bytes': (value) => checkResourceLimit(value, 'bytes'),
  'resource-limit-time': checkTimeLimit,
  'resource-limit-nice': checkNiceLimit,
  'memory-limit': checkMemoryLimit,
  'tasks-limit': checkTasksLimit,
  'cpu-quota': checkCpuQuota,
  signal: checkSignal,
  'exit-status': checkExitStatus,
  'documentation-url': checkDocumentationUrl,
  'environment-file': (value) => checkAbsolutePath(value.startsWith('-') ? value.slice(1) : value),
  'environment-name': checkEnvironmentName,
  'environment-assignment': (value) => {
    const equals = value.indexOf('=')
    if (equals < 0) return `${JSON.stringify(value)} is not NAME=value`
    return checkEnvironmentName(value.slice(0, equals)) ?? checkEscapable(value.slice(equals + 1))
  },
  'unit-name': checkUnitName,
  'command-line': checkCommandLine,
}

/** The prefixes ReadWritePaths=, ReadOnlyPaths= and InaccessiblePaths= accept, in the order systemd reads them. */
const SANDBOX_PREFIXES = /^-?\+?/

function checkName(value: string): string | undefined {
  return (
    checkSingleLine(value) ??
    (value === '' ? 'must not be empty' : /[\s/]/.test(value) ? 'must not contain white space or "/"' : undefined)
  )
}
