// node --import this file: records every module URL the process loads into $TRACE_IMPORTS_FILE,
// so a test can tell which chunks of dist/ a run loaded (loader hooks run on their own thread).
import { register } from 'node:module'

const hooks = `
import { appendFileSync } from 'node:fs'
let file
export function initialize(data) { file = data.file }
export async function load(url, context, next) {
  appendFileSync(file, url + '\\n')
  return next(url, context)
}
`
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { file: process.env.TRACE_IMPORTS_FILE } })
