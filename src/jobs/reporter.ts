/** Where an annotation points: paths relative to the working directory. */
export interface AnnotationProperties {
  title?: string
  file?: string
  line?: number
}

/**
 * How a job talks to whoever runs it. The action turns these into workflow commands, outputs
 * and the job summary; the CLI into lines on stdout and stderr. Jobs never import a front end.
 */
export interface Reporter {
  info(message: string): void
  annotate(kind: 'error' | 'warning' | 'notice', message: string, properties?: AnnotationProperties): void
  /** A step output; the CLI has none. */
  output(name: string, value: string): void
  /** Markdown for the job summary; the CLI has none. */
  summary(markdown: string): void
}
