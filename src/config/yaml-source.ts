import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event } from 'js-yaml'
import { atLine, describeLocation, SystemdUnitsError, type SourceLocation } from '../shared/errors.js'

/** A YAML mapping read from a file or an input, with the line of every top-level key and list item. */
export interface YamlMapping {
  /** Where the text came from: a file relative to the working directory, or the `settings` input. */
  source: SourceLocation
  values: Record<string, unknown>
  /** 1-based line of each top-level key. */
  keyLines: Map<string, number>
  /** 1-based line of each item of a top-level list (or each entry of a top-level mapping value), by key. */
  itemLines: Map<string, number[]>
  /** Line and column of every mapping key at any depth, by its path from the top (see `keyPath`). */
  keyPositions: Map<string, KeyPosition>
}

/** 1-based line and column where a key starts. */
export interface KeyPosition {
  line: number
  column: number
}

/** The map key of a nested key: `directives` → `Service` → `ExecReload` is `keyPath(['directives', 'Service', 'ExecReload'])`. */
export function keyPath(path: readonly string[]): string {
  return JSON.stringify(path)
}

/** Parse `text` as a mapping of settings; empty text (or only comments) is an empty mapping. */
export function parseYamlMapping(text: string, source: SourceLocation): YamlMapping {
  const file = describeLocation(source)
  let values: unknown
  let events: Event[]
  try {
    // One parse: the events give both the values and the line of every key.
    events = parseEvents(text, { filename: file })
    const documents = constructFromEvents(events, { source: text, filename: file })
    if (documents.length > 1) throw new SystemdUnitsError('expected one YAML document, found several', source)
    values = documents[0]
  } catch (error) {
    if (error instanceof YAMLException) {
      throw new SystemdUnitsError(`invalid YAML: ${error.reason}`, atLine(source, (error.mark?.line ?? 0) + 1))
    }
    throw error
  }
  if (values === undefined || values === null) values = {}
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new SystemdUnitsError('expected a mapping of settings (key: value)', atLine(source, 1))
  }
  return {
    source,
    values: values as Record<string, unknown>,
    ...linesOf(text, events),
    keyPositions: keyPositionsOf(text, events),
  }
}

/**
 * Walk the parser's event stream (already parsed) to find where each
 * top-level key and each of its list items or mapping entries starts.
 */
function linesOf(text: string, events: readonly Event[]): Pick<YamlMapping, 'keyLines' | 'itemLines'> {
  const lineAt = lineIndex(text)
  const keyLines = new Map<string, number>()
  const itemLines = new Map<string, number[]>()
  let depth = 0
  let expectingKey = true // at depth 1: the next scalar is a key, not a value
  let currentKey: string | undefined
  let childIsKey = true // at depth 2 inside a mapping value: alternate key/value
  let childKind: number | undefined
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      depth--
      if (depth === 1) expectingKey = true
      continue
    }
    if (event.type === EVENT_ID.DOCUMENT) continue
    const start = startOf(event)
    if (depth === 1) {
      if (expectingKey && event.type === EVENT_ID.SCALAR) {
        currentKey = getScalarValue(text, event)
        keyLines.set(currentKey, lineAt(start))
        expectingKey = false
        continue
      }
      if (!expectingKey) {
        expectingKey = event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS
        if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
          childKind = event.type
          childIsKey = true
          if (currentKey !== undefined) itemLines.set(currentKey, [])
        }
      }
    } else if (depth === 2 && currentKey !== undefined) {
      const items = itemLines.get(currentKey)
      const countsAsItem = childKind === EVENT_ID.SEQUENCE || childIsKey
      if (items && countsAsItem) items.push(lineAt(start))
      if (childKind === EVENT_ID.MAPPING && (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS)) {
        childIsKey = !childIsKey
      } else if (childKind === EVENT_ID.MAPPING) {
        childIsKey = true
      }
    }
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) depth++
  }
  return { keyLines, itemLines }
}

/**
 * Walk the events once more, keeping the path of mappings (keys) and sequences (indexes) the
 * parser is in, to place every key however deep, so an error about `directives.Service.Foo`
 * points at `Foo` itself.
 */
function keyPositionsOf(text: string, events: readonly Event[]): Map<string, KeyPosition> {
  const lineAt = lineIndex(text)
  const positions = new Map<string, KeyPosition>()
  // One frame per open collection: its path, and for a mapping whether the next node is a key.
  const frames: Array<{ path: string[]; mapping: boolean; expectingKey: boolean; key?: string; index: number }> = []
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue
    if (event.type === EVENT_ID.POP) {
      frames.pop()
      continue
    }
    const frame = frames.at(-1)
    let path: string[] = []
    if (frame?.mapping && frame.expectingKey) {
      if (event.type === EVENT_ID.SCALAR) {
        const key = getScalarValue(text, event)
        const start = startOf(event)
        const line = lineAt(start)
        const lineStart = text.lastIndexOf('\n', start - 1) + 1
        positions.set(keyPath([...frame.path, key]), { line, column: start - lineStart + 1 })
        frame.key = key
      }
      frame.expectingKey = false
      // A collection as a key (`? [a, b]`) has no name to place; its events still nest.
      if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
        frames.push({
          path: [...frame.path, '?'],
          mapping: event.type === EVENT_ID.MAPPING,
          expectingKey: true,
          index: 0,
        })
      continue
    }
    if (frame?.mapping) {
      path = [...frame.path, frame.key ?? '']
      frame.expectingKey = true
    } else if (frame) path = [...frame.path, String(frame.index++)]
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
      frames.push({ path, mapping: event.type === EVENT_ID.MAPPING, expectingKey: true, index: 0 })
  }
  return positions
}

function startOf(event: Exclude<Event, { type: typeof EVENT_ID.POP | typeof EVENT_ID.DOCUMENT }>): number {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      return event.tagStart >= 0 ? event.tagStart : event.anchorStart >= 0 ? event.anchorStart : event.valueStart
    case EVENT_ID.ALIAS:
      return event.anchorStart
    default:
      return event.start
  }
}

/** Offset → 1-based line, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
