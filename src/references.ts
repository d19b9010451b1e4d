/**
 * `{{name}}` references between settings. A reference is replaced by the referenced
 * setting's resolved value; `\{{` stands for a literal `{{`.
 */
const REFERENCE = /\\\{\{|\{\{([^{}]*)\}\}|\{\{/g
const NAME = /^\s*([a-z][a-z0-9_]*)\s*$/

/** Why a string could not be resolved; `name` is the referenced setting when there is one. */
export class ReferenceError extends Error {
  constructor(
    message: string,
    readonly name?: string,
  ) {
    super(message)
  }
}

/**
 * Replace every reference in `text` with `lookup(name)`, passed through `escape`
 * (the identity, except where the reference lands in a context with its own syntax).
 */
export function substituteReferences(text: string, lookup: (name: string) => string, escape: (value: string) => string = (v) => v): string {
  return text.replace(REFERENCE, (match, inner: string | undefined) => {
    if (match === '\\{{') return '{{'
    const name = inner === undefined ? undefined : NAME.exec(inner)?.[1]
    if (name === undefined) {
      throw new ReferenceError(`invalid reference ${JSON.stringify(match)}: write {{name}} with a setting name, or \\{{ for a literal {{`)
    }
    return escape(lookup(name))
  })
}

/** Names referenced by `text`, in order. */
export function referencedNames(text: string): string[] {
  const names: string[] = []
  for (const match of text.matchAll(REFERENCE)) {
    const name = match[1] === undefined ? undefined : NAME.exec(match[1])?.[1]
    if (name) names.push(name)
  }
  return names
}
