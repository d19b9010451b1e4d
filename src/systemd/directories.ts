/**
 * The one table of directory kinds: for each, the `*Directory=` setting systemd creates it from,
 * the base systemd creates it under, the release that added the setting, the `*_dir` setting that
 * holds its path and the variable the unit exports it as. Views, hardening and the version table
 * read it. In the order the templates write the directives and the schema lists `dirs`.
 */

export type DirectoryKindName = 'runtime' | 'configuration' | 'state' | 'cache' | 'logs' | 'tmp'

export interface DirectoryKind {
  kind: DirectoryKindName
  /** The `*_dir` setting with the directory's path. */
  setting: `${DirectoryKindName}_dir`
  /** The variable the unit exports the path as (Environment=). */
  variable: `${Uppercase<DirectoryKindName>}_DIR`
  /** The app writes to it; configuration is read, and systemd leaves it root's (systemd.exec(5) ConfigurationDirectory=). */
  writable: boolean
  /** What systemd creates it from; tmp has no such setting, so deploy scripts create it. */
  systemd?: {
    /** The directive, e.g. `RuntimeDirectory` (its mode is the directive with `Mode`). */
    directive: string
    /** systemd.exec(5) "Paths", table 2: the base systemd creates the directory under, for system units. */
    base: string
    /** The first systemd version with the directive and its `*Mode=`. */
    since: number
    /** Where `since` comes from, as versions.ts quotes NEWS. */
    news: string
  }
}

const NEWS_235 =
  'NEWS 235: "Units gained new options StateDirectory=, CacheDirectory=, LogsDirectory= and ConfigurationDirectory=" (and their *Mode=)'

// systemd.exec(5) RuntimeDirectory=, StateDirectory=, CacheDirectory=, LogsDirectory=, ConfigurationDirectory=.
export const DIRECTORY_KINDS: readonly DirectoryKind[] = [
  {
    kind: 'runtime',
    setting: 'runtime_dir',
    variable: 'RUNTIME_DIR',
    writable: true,
    systemd: {
      directive: 'RuntimeDirectory',
      base: '/run',
      since: 211,
      news: 'NEWS 211: "Two new unit file settings RuntimeDirectory= and RuntimeDirectoryMode="',
    },
  },
  {
    kind: 'configuration',
    setting: 'configuration_dir',
    variable: 'CONFIGURATION_DIR',
    writable: false,
    systemd: { directive: 'ConfigurationDirectory', base: '/etc', since: 235, news: NEWS_235 },
  },
  {
    kind: 'state',
    setting: 'state_dir',
    variable: 'STATE_DIR',
    writable: true,
    systemd: { directive: 'StateDirectory', base: '/var/lib', since: 235, news: NEWS_235 },
  },
  {
    kind: 'cache',
    setting: 'cache_dir',
    variable: 'CACHE_DIR',
    writable: true,
    systemd: { directive: 'CacheDirectory', base: '/var/cache', since: 235, news: NEWS_235 },
  },
  {
    kind: 'logs',
    setting: 'logs_dir',
    variable: 'LOGS_DIR',
    writable: true,
    systemd: { directive: 'LogsDirectory', base: '/var/log', since: 235, news: NEWS_235 },
  },
  { kind: 'tmp', setting: 'tmp_dir', variable: 'TMP_DIR', writable: true },
]

/** The kinds systemd creates, with what it creates them from (all but tmp, which has no `*Directory=`). */
export const SYSTEMD_DIRECTORIES = DIRECTORY_KINDS.flatMap(({ kind, systemd, ...rest }) =>
  systemd && kind !== 'tmp' ? [{ kind, ...rest, ...systemd }] : [],
)
