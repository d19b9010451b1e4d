/**
 * Turns systemd-analyze verify's output into messages about our units.
 *
 * Shapes systemd 252 prints (no colour, no source location):
 *   1. `<root>/etc/systemd/system/a.service:7: Unknown key 'Bogus' in section [Service], ignoring.`
 *      a warning while parsing one of our units;
 *   2. `<root>/usr/lib/systemd/system/b.service:2: …` (or under `<root>/lib/…`)
 *      a warning while parsing a host unit that one of ours pulled in;
 *   3. `a.service: Command /x is not executable: No such file or directory`,
 *      `a.service: Failed to create a.service/start: Unit nope.service not found.`
 *      a message scoped to one unit; a template is checked as an instance
 *      (`w@.service` as `w@i.service`);
 *   4. anything else, e.g. `Failed to prepare filename …: Invalid argument`,
 *      `Unit a.path has a bad unit file setting.`
 *
 * Ignored, and nothing else: shape 2, and shape 3 when the unit is neither ours
 * nor an instance of one of our templates. Both are about host units we did not
 * write and cannot fix; the host's own units need not be clean. Every other line
 * is kept, shape 4 with unit '', because we cannot tell it is harmless.
 */
import { posix } from 'node:path'
import { HOST_UNIT_DIR, OUR_UNIT_DIR } from './stage-root.js'
import { UNIT_SCOPED_MESSAGE } from '../../systemd/unit-names.js'

export interface VerifyMessage {
  /** The unit file name the message is about; '' when systemd-analyze did not say. */
  unit: string
  /** 1-based line in that unit, when systemd-analyze names one. */
  line?: number
  /** The message without the temporary root, e.g. `my-app.service:12: Unknown key 'Bogus' in section [Service], ignoring.` */
  text: string
}

/** Where systemd-analyze may report host units from: the copy we staged, or its split-/usr twin. */
const HOST_UNIT_DIRS = [HOST_UNIT_DIR, '/lib/systemd/system']

const FILE_LINE = /^(\/.*?):(\d+): (.*)$/

export function parseVerifyOutput(output: string, root: string, ourUnits: ReadonlySet<string>): VerifyMessage[] {
  const messages = new Map<string, VerifyMessage>()
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue
    const message = toMessage(line, root, ourUnits)
    // A template pulled in by name and by instance is parsed, and reported, twice.
    if (message) messages.set(JSON.stringify(message), message)
  }
  return [...messages.values()]
}

/** The message `line` carries about our units, or undefined when it is about a host unit. */
function toMessage(line: string, root: string, ourUnits: ReadonlySet<string>): VerifyMessage | undefined {
  const text = line.replaceAll(`${root}${OUR_UNIT_DIR}/`, '').replaceAll(root, '')

  const fileLine = FILE_LINE.exec(line)
  if (fileLine && fileLine[1]!.startsWith(`${root}/`)) {
    const file = fileLine[1]!.slice(root.length)
    if (HOST_UNIT_DIRS.some((dir) => file.startsWith(`${dir}/`))) return undefined
    const lineNumber = Number(fileLine[2])
    const unit = posix.dirname(file) === OUR_UNIT_DIR ? posix.basename(file) : ''
    return { unit, line: lineNumber, text }
  }

  const scoped = UNIT_SCOPED_MESSAGE.exec(line)
  if (scoped) {
    const unit = ourUnitFor(scoped[1]!, ourUnits)
    return unit === undefined ? undefined : { unit, text }
  }

  return { unit: '', text }
}

/** `unit` itself, or the template of ours it is an instance of (`w@i.service` → `w@.service`). */
function ourUnitFor(unit: string, ourUnits: ReadonlySet<string>): string | undefined {
  if (ourUnits.has(unit)) return unit
  const template = unit.replace(/@[^@]*(\.[^.]+)$/, '@$1')
  return ourUnits.has(template) ? template : undefined
}
