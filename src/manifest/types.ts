export type Ecosystem = 'mix' | 'cargo' | 'go' | 'python' | 'node'

/** What a manifest declares as the program to run, relative to the release root on the target (current_dir). */
export interface EntryPoint {
  /** 'binary': run `path` directly; 'node': run `node path`. */
  kind: 'binary' | 'node'
  /** Relative, normalised path without leading './', e.g. 'bin/my-app' or 'dist/server.js'. */
  path: string
  /** What in the manifest names this program, for the summary: e.g. '`bin.relayd`', 'the single `cmd/relayd/` directory'. */
  reason: string
}

/** Where in the manifest file a value was read: the field, and its line when known. */
export interface ManifestField {
  key: string
  line?: number
}

export interface Manifest {
  ecosystem: Ecosystem
  /** Path of the manifest relative to the project dir, e.g. 'mix.exs'. */
  file: string
  /** Raw application name as the manifest spells it (mix app atom without ':', npm name without '@scope/', crate name, PEP 621/poetry name, go binary name). */
  appName: string
  version?: string
  /** mix only: the module of the project, e.g. 'MyApp' from `defmodule MyApp.MixProject`. */
  moduleName?: string
  /** mix only: release name when the project declares one (umbrella: default_release, else the first of releases:). */
  releaseName?: string
  entryPoint?: EntryPoint
  /** The field `appName` was read from, for messages about the names derived from it. */
  nameField?: ManifestField
  /** No entryPoint: the programs the manifest lists, none of which could be chosen (for the warning that ExecStart= is a guess). */
  candidates?: string[]
  /** What the reader guessed or left out, for the user to check (the run's notices). */
  notices?: string[]
  /** What the reader could not read and the user should set (the run's warnings). */
  warnings?: string[]
}

/** Files next to a manifest, which some manifests point at (a VERSION file, a module holding `__version__`). */
export interface ProjectFiles {
  /** Text of the file at `path` (relative to the manifest's directory), or undefined when there is none. */
  read(path: string): string | undefined
  /** Names of the directories inside `path` (relative to the manifest's directory); [] when there is none. */
  directories(path: string): string[]
}

/** No files at all: for reading a manifest on its own. */
export const NO_FILES: ProjectFiles = { read: () => undefined, directories: () => [] }

/** A manifest file that describes no program to deploy (a library workspace, tool config only): the next one is tried. */
export interface NotAProgram {
  notAProgram: string
}

export type ManifestReading = Manifest | NotAProgram
