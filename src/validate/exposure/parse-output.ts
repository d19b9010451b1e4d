/**
 * Reads `systemd-analyze security` (systemd 252) as it prints to a pipe: per unit, a table of
 * checks, then the overall line. Shapes, with the ASCII forms systemd uses outside UTF-8 locales:
 *
 *     NAME                      DESCRIPTION                                       EXPOSURE
 *   ✗ PrivateNetwork=           Service has access to the host's network               0.5
 *   ✓ User=/DynamicUser=        Service runs under a static non-root user identity
 *   → Overall exposure level for my-app.service: 1.1 OK 🙂
 *
 * (`-`/`+` for ✗/✓, `->` for →). A check's name holds no spaces; its exposure ends the line.
 */

export interface ExposureCheck {
  /** The setting the check is about, e.g. `PrivateNetwork=` or `RestrictAddressFamilies=~AF_(INET|INET6)`. */
  name: string
  description: string
  /** What it adds to the overall score. */
  exposure: number
}

export interface UnitExposure {
  unit: string
  /** 0.0 (locked down) to 10.0 (unprotected), as systemd-analyze prints it. */
  exposure: number
  /** systemd's word for the score: OK, MEDIUM, EXPOSED, UNSAFE. */
  rating: string
  /** The failed checks that still cost points, costliest first. */
  costly: ExposureCheck[]
}

const FAILED_CHECK = /^(?:✗|-) (\S+)\s+(.*?)\s+(\d+\.\d+)$/
const OVERALL = /^(?:→|->) Overall exposure level for (\S+): (\d+\.\d+) (\S+)/

export function parseSecurityOutput(output: string): UnitExposure[] {
  const units: UnitExposure[] = []
  let checks: ExposureCheck[] = []
  for (const line of output.split('\n')) {
    const failed = FAILED_CHECK.exec(line)
    if (failed) {
      const exposure = Number(failed[3])
      if (exposure > 0) checks.push({ name: failed[1]!, description: failed[2]!, exposure })
      continue
    }
    const overall = OVERALL.exec(line)
    if (overall) {
      // A stable sort keeps systemd's order among checks of equal cost.
      units.push({
        unit: overall[1]!,
        exposure: Number(overall[2]),
        rating: overall[3]!,
        costly: checks.sort((a, b) => b.exposure - a.exposure),
      })
      checks = []
    }
  }
  return units
}
