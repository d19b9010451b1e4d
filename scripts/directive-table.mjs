// Regenerate src/systemd/directive-table.ts: every directive systemd knows, by section, with the
// release that introduced it. Run `node scripts/directive-table.mjs` on a machine with systemd:
//   - the names and sections come from systemd itself (`systemd --dump-configuration-items`,
//     the load-fragment parser's own table);
//   - the versions come from systemd's NEWS (Debian: /usr/share/doc/systemd/NEWS.gz): the first
//     "CHANGES WITH N" whose sentence introduces `Name=` ("a new ... Name=", "Name= has been
//     added"), corrected by INTRODUCED below where NEWS words it otherwise;
//   - directives newer than the installed systemd come from LATER.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

const OUT = 'src/systemd/directive-table.ts'
const SYSTEMD = '/usr/lib/systemd/systemd'
const NEWS = '/usr/share/doc/systemd/NEWS.gz'
/** Releases up to here need no gate: every target and systemd_version accepted is newer. */
const OLDEST = 200

// Where NEWS words an introduction so the sentence match misses it or takes a later mention.
// `0` = older than OLDEST. The quoted NEWS entries are in the comments.
const INTRODUCED = {
  // Older than every target; NEWS mentions them later only for new values or related settings.
  ListenSpecial: 0,
  ConditionVirtualization: 0,
  Priority: 0,
  RootDirectory: 0,
  SystemCallFilter: 0,
  OnCalendar: 0,
  StandardInput: 0,
  KillSignal: 0,
  ExecStartPre: 0,
  Group: 0,
  OnFailure: 0,
  Restart: 0,
  // NEWS 229: "StartLimitInterval= ... renamed to StartLimitIntervalSec= and moved to [Unit]".
  StartLimitIntervalSec: 229,
  // NEWS 230: "new IO controller ... IOAccounting=, IOWeight=, StartupIOWeight=, IODeviceWeight=, IOReadBandwidthMax=, ...".
  IOAccounting: 230,
  IOWeight: 230,
  StartupIOWeight: 230,
  IODeviceWeight: 230,
  IOReadBandwidthMax: 230,
  IOWriteBandwidthMax: 230,
  IOReadIOPSMax: 230,
  IOWriteIOPSMax: 230,
  // NEWS 231: "MemoryHigh=, MemoryMax= and MemoryLow= ... unified hierarchy"; the *Directories= renames.
  MemoryMax: 231,
  MemoryHigh: 231,
  MemoryLow: 231,
  ReadWritePaths: 231,
  ReadOnlyPaths: 231,
  InaccessiblePaths: 231,
  // NEWS 232: "CPUWeight=, StartupCPUWeight= ... unified hierarchy"; "DynamicUser=".
  CPUWeight: 232,
  StartupCPUWeight: 232,
  DynamicUser: 232,
  // NEWS 236: "SuccessAction=" for all units.
  SuccessAction: 236,
  // NEWS 240: "SuccessActionExitStatus=, FailureActionExitStatus="; "LogRateLimitIntervalSec=, LogRateLimitBurst="; "DisableControllers="; "FinalKillSignal="; "WatchdogSignal=".
  SuccessActionExitStatus: 240,
  FailureActionExitStatus: 240,
  LogRateLimitIntervalSec: 240,
  LogRateLimitBurst: 240,
  DisableControllers: 240,
  FinalKillSignal: 240,
  WatchdogSignal: 240,
  // NEWS 243: "OOMPolicy="; "TimeoutAbortSec="; "NUMAMask="; "DefaultMemoryMin=, DefaultMemoryLow=".
  OOMPolicy: 243,
  TimeoutAbortSec: 243,
  NUMAMask: 243,
  DefaultMemoryMin: 243,
  DefaultMemoryLow: 243,
  // NEWS 248: "ExecPaths= and NoExecPaths="; "ManagedOOMPreference=".
  ExecPaths: 248,
  NoExecPaths: 248,
  ManagedOOMPreference: 248,
  // NEWS 249: "SocketBindAllow= + SocketBindDeny=".
  SocketBindAllow: 249,
  SocketBindDeny: 249,
}

// Directives after the installed systemd (252): section, name, the parser's type, release.
const LATER = [
  ['Service', 'RestartSteps', 'UNSIGNED', 254], // NEWS 254: "RestartSteps= and RestartMaxDelaySec="
  ['Service', 'RestartMaxDelaySec', 'SECONDS', 254],
  ['Service', 'OpenFile', 'STRING', 253], // NEWS 253: "A new service setting OpenFile="
  ['Service', 'MemoryZSwapMax', 'SIZE', 253],
  ['Service', 'MemoryPressureWatch', 'OTHER', 254],
  ['Service', 'MemoryPressureThresholdSec', 'SECONDS', 254],
  ['Service', 'ImportCredential', 'STRING', 254],
  ['Service', 'RestartMode', 'OTHER', 254],
  ['Service', 'SurviveFinalKillSignal', 'BOOLEAN', 255],
]

const dump = execFileSync(SYSTEMD, ['--dump-configuration-items'], { encoding: 'utf8' })
const sections = new Map()
let section
for (const line of dump.split('\n')) {
  const header = /^\[(\w+)\]$/.exec(line)
  if (header) sections.set((section = header[1]), [])
  else if (line.includes('=')) sections.get(section).push(line.split('=', 2))
}
for (const [name, directive, type] of LATER) sections.get(name).push([directive, type])

const names = new Set([...sections.values()].flat().map(([directive]) => directive))
const news = gunzipSync(readFileSync(NEWS)).toString('utf8')
const releases = news
  .split(/^CHANGES WITH (\d+)[^\n]*:\n/m)
  .slice(1)
  .reduce((list, part, index, all) => (index % 2 === 0 ? [...list, [Number(part), all[index + 1]]] : list), [])
  .sort(([a], [b]) => a - b)

const introduced = new Map()
for (const [version, body] of releases) {
  for (const bullet of body.split(/\n\s*\*\s/)) {
    for (const sentence of bullet.replace(/\s+/g, ' ').split(/(?<=[.;])\s/)) {
      for (const match of sentence.matchAll(/(?<![A-Za-z$])([A-Z][A-Za-z]+)=/g)) {
        const name = match[1]
        if (!names.has(name) || introduced.has(name)) continue
        const before = sentence.slice(Math.max(0, match.index - 120), match.index)
        const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 160)
        const newBefore =
          /\bnew\b[^.]*$/.test(before) && !/\bnew\b.*\b(value|modifier|variable|special|argument|verb)/.test(before)
        const addedAfter = /^[^.A-Z=]*?\b(has|have|was|were) been (added|introduced)/.test(after)
        if (newBefore || addedAfter) introduced.set(name, version)
      }
    }
  }
}
for (const [name, version] of Object.entries(INTRODUCED)) introduced.set(name, version)
for (const [, name, , version] of LATER) introduced.set(name, version)

const since = (name) => {
  const version = introduced.get(name)
  return version !== undefined && version > OLDEST ? version : undefined
}
// Directives shared by several sections (the exec, kill and cgroup settings) are listed once, with
// every section that takes them: the table reads as systemd.exec(5), systemd.kill(5) and so on.
const groups = new Map()
const where = new Map()
for (const [name, directives] of sections) {
  for (const [directive, type] of directives) {
    const entry = where.get(directive) ?? { type, sections: [] }
    entry.sections.push(name)
    where.set(directive, entry)
  }
}
for (const [directive, { type, sections: list }] of where) {
  const key = list.join(',')
  if (!groups.has(key)) groups.set(key, [])
  groups.get(key).push([directive, type])
}
const quote = (text) => `'${text.replaceAll("'", "\\'")}'`
const rows = [...groups].map(([key, directives]) => {
  const entries = directives.map(([directive, type]) => {
    const version = since(directive)
    return `      [${quote(directive)}, ${quote(type)}${version ? `, ${version}` : ''}],`
  })
  return `  {\n    sections: [${key.split(',').map(quote).join(', ')}],\n    directives: [\n${entries.join('\n')}\n    ],\n  },`
})
const version = execFileSync(SYSTEMD, ['--version'], { encoding: 'utf8' }).split('\n')[0]
writeFileSync(
  OUT,
  `// Generated by scripts/directive-table.mjs from ${version} (--dump-configuration-items) and its
// NEWS; do not edit by hand. Each row: directive, the parser's value type, and the release that
// introduced it when that is newer than systemd ${OLDEST}.
export type DirectiveRow = readonly [name: string, type: string, since?: number]

export interface DirectiveGroup {
  /** The unit file sections that take these directives. */
  sections: readonly string[]
  directives: readonly DirectiveRow[]
}

export const SYSTEMD_DIRECTIVES: readonly DirectiveGroup[] = [
${rows.join('\n')}
]
`,
)
console.log(`wrote ${OUT}: ${names.size} directives in ${sections.size} sections, ${groups.size} groups`)
