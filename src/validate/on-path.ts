import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { Environment } from '../shared/environment.js'

/**
 * Whether an executable of that name is on PATH, without running it: the steps that need
 * systemd-analyze check this before loading node:child_process and their own code.
 */
export function onPath(binary: string, env: Environment = process.env): boolean {
  return (env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || '.', binary), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}
