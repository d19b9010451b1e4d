/**
 * The GitHub runner's protocol ("Workflow commands for GitHub Actions"): inputs in INPUT_*
 * variables, outputs and the job summary in files, annotations on stdout. @actions/core
 * speaks it too, but loading it pulls in its HTTP client (undici) for OIDC, which costs more
 * start-up time than the whole generate run; the publishing paths load the toolkit instead.
 */
import { appendFileSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'
import type { Environment } from '../shared/environment.js'

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper case, trimmed; '' when unset. */
export function getInput(name: string, env: Environment = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function setOutput(name: string, value: string, env: Environment = process.env): void {
  const file = env['GITHUB_OUTPUT']
  if (file) appendFileSync(file, keyValueMessage(name, value), 'utf8')
  else issueCommand('set-output', { name }, value)
}

export function appendSummary(markdown: string, env: Environment = process.env): void {
  const file = env['GITHUB_STEP_SUMMARY']
  if (file) appendFileSync(file, markdown, 'utf8')
}

export interface AnnotationProperties {
  title?: string
  file?: string
  line?: number
  /** 1-based column of the line, when known. */
  col?: number
}

export function annotate(
  kind: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {},
): void {
  issueCommand(kind, { ...properties }, message)
}

/**
 * Mask a secret in the log (`::add-mask::`, what core.setSecret sends). The runner matches a
 * mask within one line of output, and a command carries its value on one line, so a value with
 * line breaks would be masked nowhere: each of its lines (split at LF and at CR) is masked on
 * its own as well as the whole.
 */
export function maskSecret(secret: string): void {
  const parts = new Set([secret, ...secret.split(/\r\n|\r|\n/)].filter((part) => part.trim() !== ''))
  for (const part of parts) issueCommand('add-mask', {}, part)
}

export function info(message: string): void {
  writeStdout(message + EOL)
}

/** Straight to fd 1: setting up process.stdout as a stream costs ~5 ms of start-up. */
function writeStdout(text: string): void {
  writeSync(1, text)
}

/**
 * A multi-line value in a file command, fenced by a delimiter that does not occur in it.
 * Uniqueness is checked, not left to chance, so Math.random serves: node:crypto would add
 * ~27 ms to every start.
 */
function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomHex()}${randomHex()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

function randomHex(): string {
  return Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0')
}

function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  writeStdout(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
