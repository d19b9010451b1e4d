/**
 * `{{name}}` references between settings. A reference is replaced by the referenced
 * setting's resolved value; `\{{` stands for a literal `{{`.
 */
const REFERENCE = /\\\{\{|\{\{([^{}]*)\}\}|\{\{/g
const NAME = /^\s*([a-z][a-z0-9_]*)\s*$/

/** A `{{` that does not form a reference. */
export class InvalidReference extends Error {}

/**
 * Replace every reference in `text` with `lookup(name)`, passed through `escape`
 * (the identity, except where the reference lands in a context with its own syntax).
 */
export function substituteReferences(
  text: string,
  lookup: (name: string) => string,
  escape: (value: string) => string = (v) => v,
): string {
  return text.replace(REFERENCE, (match, inner: string | undefined) => {
    if (match === '\\{{') return '{{'
    const name = inner === undefined ? undefined : NAME.exec(inner)?.[1]
    if (name === undefined) {
      throw new InvalidReference(
        `invalid reference ${JSON.stringify(match)}: write {{name}} with a setting name, or \\{{ for a literal {{`,
      )
    }
    return escape(lookup(name))
  })
}
