/** Process environment variables, as `process.env` holds them; injected so tests can pass their own. */
export type Environment = Record<string, string | undefined>
