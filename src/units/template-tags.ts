import Mustache from 'mustache'
import { atLine, SystemdUnitsError } from '../shared/errors.js'
import { lineIndex } from '../config/yaml-source.js'
import type { Template } from './templates.js'

/** A Mustache token: type, name, start and end offsets, and a section's children. */
export type Token = [string, string, number, number, Token[]?]

/** The template's tags, or an error at the line Mustache could not parse. */
export function parseTemplate(template: Template): Token[] {
  try {
    return Mustache.parse(template.text) as unknown as Token[]
  } catch (error) {
    const message = (error as Error).message
    throw new SystemdUnitsError(
      `invalid template: ${message}`,
      atLine(template.source, errorLine(template.text, message)),
    )
  }
}

/** Every name a template's tags use, sections included. */
export function templateVariables(template: Template): Set<string> {
  return tagNames(parseTemplate(template))
}

/** Every name the tags use, sections included. */
export function tagNames(tokens: readonly Token[]): Set<string> {
  const used = new Set<string>()
  const collect = (list: readonly Token[]): void => {
    for (const [type, name, , , children] of list) {
      if (['name', '&', '#', '^'].includes(type)) used.add(name)
      if (children) collect(children)
    }
  }
  collect(tokens)
  return used
}

/**
 * The line a Mustache parse error is about. Mustache places an unclosed section at the end of the
 * template, so for that one we point at the tag that opened it.
 */
function errorLine(text: string, message: string): number | undefined {
  const unclosed = /^Unclosed section "([^"]+)"/.exec(message)?.[1]
  const opening =
    unclosed === undefined ? -1 : Math.max(text.lastIndexOf(`{{#${unclosed}}}`), text.lastIndexOf(`{{^${unclosed}}}`))
  const offset = opening >= 0 ? opening : Number(/at (\d+)/.exec(message)?.[1] ?? NaN)
  return Number.isNaN(offset) ? undefined : lineIndex(text)(offset)
}
