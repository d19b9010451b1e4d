import Mustache from 'mustache'
import { atLine, describeLocation, SystemdUnitsError } from '../shared/errors.js'
import { parseTemplate, tagNames, type Token } from './template-tags.js'
import { closestName, optionNames } from '../config/schema.js'
import type { Template } from './templates.js'
import type { UnitFile } from './unit-file.js'
import type { TemplateName, UnitPlan, UnitView } from './views.js'
import { lineIndex } from '../config/yaml-source.js'
import { addToSections, replaceInSections } from './sections.js'
import type { Settings } from '../config/settings.js'
import { settingViews } from './setting-views.js'

/** A unit file, rendered in memory, not yet written. */
export interface RenderedUnit extends UnitFile {
  /** Template file it came from (`built-in` or the override's path). */
  template: string
}

/** Values are escaped for systemd before they reach a template, so Mustache must not HTML-escape them. */
const NO_ESCAPING = { escape: (value: unknown) => String(value) }

/**
 * Render each planned unit with its template and check the result is well-formed unit syntax. A
 * template sees its unit's view and, under their option names, the settings it uses
 * (setting-views.ts); a view key wins over a setting of the same name. Pure.
 */
export function renderUnits(
  plans: readonly UnitPlan[],
  templates: ReadonlyMap<TemplateName, Template>,
  settings: Settings,
): RenderedUnit[] {
  return plans.map((plan) => {
    const template = templates.get(plan.template)
    if (!template) throw new Error(`no template ${plan.template}`)
    const view = templateView(template, plan.view, settings)
    const rendered = addToSections(Mustache.render(template.text, view, {}, NO_ESCAPING), plan.directives)
    const content = replaceInSections(rendered, plan.replacements)
    checkUnitSyntax(plan.name, content, template)
    return { name: plan.name, content, template: describeLocation(template.source) }
  })
}

/**
 * What the template sees: the unit's view, and the settings the template names that the view does
 * not hold.
 */
function templateView(template: Template, unitView: UnitView, settings: Settings): UnitView {
  const tokens = parseTemplate(template)
  const fromSettings = [...tagNames(tokens)].filter(
    (name) => optionNames.includes(name) && !Object.hasOwn(unitView, name),
  )
  const view = { ...settingViews(settings, fromSettings), ...unitView }
  checkTemplateTags(template, tokens, view, [...new Set([...Object.keys(unitView), ...optionNames])])
  return view
}

/**
 * Check every tag against the view before rendering, so a template cannot render what it does not
 * mean: a name that is neither a view key nor a setting (`names`) is an error with the closest of
 * those, at the tag's line (Mustache would render a typo as nothing); a list as a value renders joined by
 * commas; `{{.}}` outside a section over a list or string renders the whole view as
 * "[object Object]"; a partial (`{{>name}}`) renders nothing, as no partials are given. Views hold
 * only data, never functions, so Mustache lambdas cannot arise.
 */
function checkTemplateTags(template: Template, tokens: Token[], view: UnitView, names: readonly string[]): void {
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
