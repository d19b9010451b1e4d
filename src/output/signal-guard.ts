/** The signals a runner or a shell stops a step with: the runner's cancel sends SIGINT, then SIGTERM. */
const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const

/** A stop signal arrived while files were being staged; the staged files are removed. */
export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal}`)
    this.name = 'Interrupted'
  }
}

/**
 * Holds SIGTERM and SIGINT off while files are staged, so the staged files can be removed
 * before the process ends; `release` then raises the signal again, and the process ends as it
 * was asked to (signal(7): with the default action, by the signal). Handlers are installed only
 * for the guard's lifetime, so outside it a signal acts as it always does.
 */
export class SignalGuard {
  private received: NodeJS.Signals | undefined
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.received ??= signal
  }

  constructor() {
    for (const signal of STOP_SIGNALS) process.on(signal, this.onSignal)
  }

  /**
   * A point where staging may stop: the writes are synchronous, so a signal is only seen when
   * the event loop turns and its poll phase runs the signal's listeners. Two turns, because on
   * the loop's first iteration the check phase can come before the signal is polled (measured).
   */
  async checkpoint(): Promise<void> {
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve))
    if (this.received !== undefined) throw new Interrupted(this.received)
  }

  /**
   * Remove the handlers and raise a signal that arrived meanwhile. When another listener is left
   * (a host process that handles signals itself), it has seen the signal already: raise nothing.
   */
  release(): void {
    for (const signal of STOP_SIGNALS) process.off(signal, this.onSignal)
    if (this.received !== undefined && process.listenerCount(this.received) === 0)
      process.kill(process.pid, this.received)
  }
}
