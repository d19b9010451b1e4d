/** A generated file in memory: a unit (or drop-in, sysusers or tmpfiles file) as it will be written. */
export interface UnitFile {
  /** File name inside the output directory, e.g. `my-app.service`; never a path. */
  name: string
  content: string
}
