import { execFile } from 'node:child_process'
import { SystemdUnitsError, messageOf } from '../shared/errors.js'

export interface AnalyzeRun {
  exitCode: number
  /** stderr, where systemd logs, then stdout. */
  output: string
}

/** Runs systemd-analyze without a shell; rejects only when it could not run or did not exit normally. */
export function runSystemdAnalyze(binary: string, args: readonly string[]): Promise<AnalyzeRun> {
  return new Promise((resolve, reject) => {
    execFile(binary, args, { env: analyzeEnvironment() }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new SystemdUnitsError(`could not run ${binary}: ${messageOf(error)}`))
      } else {
        resolve({ exitCode: error ? Number(error.code) : 0, output: stderr + stdout })
      }
    })
  })
}

/**
 * The caller's environment without its SYSTEMD_* settings: an inherited
 * SYSTEMD_UNIT_PATH would change which units load, SYSTEMD_LOG_LEVEL=debug
 * would add dumps. Then plain console lines, the shapes parse-output reads.
 */
function analyzeEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SYSTEMD_')))
  return { ...env, SYSTEMD_LOG_COLOR: '0', SYSTEMD_LOG_LOCATION: '0', SYSTEMD_LOG_TARGET: 'console' }
}
