import Mustache from 'mustache'
import { atLine, describeLocation, SystemdUnitsError } from '../shared/errors.js'
import { closestName } from '../config/schema.js'
import type { Template } from './templates.js'
import type { UnitFile } from './unit-file.js'
import type { TemplateName, UnitPlan, UnitView } from './views.js'
import { lineIndex } from '../config/yaml-source.js'
import { addToSections, replaceInSections } from './sections.js'

/** A unit file, rendered in memory, not yet written. */
export interface RenderedUnit extends UnitFile {
  /** Template file it came from (`built-in` or the override's path). */
  template: string
}

/** Values are escaped for systemd before they reach a template, so Mustache must not HTML-escape them. */
const NO_ESCAPING = { escape: (value: unknown) => String(value) }

/** Render each planned unit with its template and check the result is well-formed unit syntax. Pure. */
export function renderUnits(
  plans: readonly UnitPlan[],
  templates: ReadonlyMap<TemplateName, Template>,
): RenderedUnit[] {
  return plans.map((plan) => {
    const template = templates.get(plan.template)
    if (!template) throw new Error(`no template ${plan.template}`)
    checkTemplateTags(template, plan.view)
    const rendered = addToSections(Mustache.render(template.text, plan.view, {}, NO_ESCAPING), plan.directives)
    const content = replaceInSections(rendered, plan.replacements)
    checkUnitSyntax(plan.name, content, template)
    return { name: plan.name, content, template: describeLocation(template.source) }
  })
}

type Token = [string, string, number, number, Token[]?]

/**
 * Check every tag against the view before rendering, so a template cannot render what it does not
 * mean: a name no view provides (a typo) renders as nothing; a list as a value renders joined by
 * commas; `{{.}}` outside a section over a list or string renders the whole view as
 * "[object Object]"; a partial (`{{>name}}`) renders nothing, as no partials are given. Views hold
 * only data, never functions, so Mustache lambdas cannot arise.
 */
function checkTemplateTags(template: Template, view: UnitView): void {
  let tokens: Token[]
  try {
    tokens = Mustache.parse(template.text) as unknown as Token[]
  } catch (error) {
    const message = (error as Error).message
    throw new SystemdUnitsError(
      `invalid template: ${message}`,
      atLine(template.source, errorLine(template.text, message)),
    )
  }
  const names = Object.keys(view)
  const at = lineIndex(template.text)
  // What `{{.}}` stands for where a tag is: the whole view, or one value (a list item or a string).
  const visit = (list: Token[], dot: 'view' | 'value'): void => {
    for (const [type, name, start, , children] of list) {
      const fail = (reason: string, key?: string) =>
        new SystemdUnitsError(reason, { ...atLine(template.source, at(start)), ...(key ? { key } : {}) })
      if (type === '>') throw fail(`partials ({{>${name}}}) are not supported: a template is one file`)
      if (!['name', '&', '#', '^'].includes(type)) continue
      const value = name === '.' ? undefined : view[name]
      if (name === '.') {
        if (dot === 'view')
          throw fail('{{.}} here is the whole view, not a value: use it only inside a section over a list')
      } else if (!names.includes(name)) {
        const suggestion = closestName(name, names)
        throw fail(`unknown template variable${suggestion ? ` (did you mean ${suggestion}?)` : ''}`, name)
      } else if ((type === 'name' || type === '&') && Array.isArray(value)) {
        throw fail(`${name} is a list: render its items with {{#${name}}}{{.}}{{/${name}}}`, name)
      }
      // A section over a list or a string makes each item (or the string) the context; over a
      // boolean, and an inverted section, leaves the context as it was.
      const inner = type === '#' && (Array.isArray(value) || typeof value === 'string') ? 'value' : dot
      if (children) visit(children, inner)
    }
  }
  visit(tokens, 'view')
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

/** systemd.syntax(7): every line is blank, a comment, a [Section] header or Key=value. */
const UNIT_LINE = /^(?:|[#;].*|\[[A-Za-z][A-Za-z0-9-]*\]|[A-Za-z][A-Za-z0-9]*=.*)$/

function checkUnitSyntax(name: string, content: string, template: Template): void {
  const lines = content.split('\n')
  for (const [index, line] of lines.entries()) {
    // A trailing backslash would join the next line to this one (systemd.syntax(7) "continuation").
    if (!UNIT_LINE.test(line) || line.endsWith('\\')) {
      throw new SystemdUnitsError(
        `renders line ${index + 1} of ${name} as ${JSON.stringify(line)}, which is not unit file syntax`,
        {
          ...template.source,
        },
      )
    }
  }
  if (!/^\[[A-Za-z]+\]$/.test(lines.find((line) => line !== '' && !/^[#;]/.test(line)) ?? '')) {
    throw new SystemdUnitsError(`renders ${name} without a [Section] before its first setting`, template.source)
  }
}
