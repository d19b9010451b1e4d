import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { confinePath, firstInvalidUtf8, makeBoundary, resolvePath } from '../../src/shared/boundary.js'
import { checkPathLength } from '../../src/systemd/syntax.js'

let root: string
beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'boundary-')))
  await mkdir(join(root, 'workspace/a/b'), { recursive: true })
  await mkdir(join(root, 'outside'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('resolvePath', () => {
  test('follows a symlink, then climbs ".." from its target as the kernel does', async () => {
    // workspace/link -> a/b; workspace/link/../.. is workspace/a/.. = workspace, not root
    // (written without join, which would fold the ".." away as text).
    await symlink('a/b', join(root, 'workspace/link'))
    expect(resolvePath(`${root}/workspace/link/../..`)).toEqual({ real: join(root, 'workspace'), exists: true })
    await symlink('../../../outside', join(root, 'workspace/a/b/up'))
    expect(resolvePath(join(root, 'workspace/a/b/up/new/file'))).toEqual({
      real: join(root, 'outside/new/file'),
      exists: false,
    })
  })

  test('reports a dangling link and gives up on a loop', async () => {
    await symlink('missing', join(root, 'workspace/dangling'))
    expect(resolvePath(join(root, 'workspace/dangling'))).toMatchObject({
      exists: false,
      dangling: { target: 'missing' },
    })
    await symlink('loop', join(root, 'workspace/loop'))
    expect(() => resolvePath(join(root, 'workspace/loop'))).toThrow('too many levels of symbolic links')
  })
})

describe('confinePath', () => {
  const location = { kind: 'input', name: 'output-dir' } as const
  test('keeps content inside the workspace and lets inputs also reach the other roots', () => {
    const boundary = makeBoundary(join(root, 'workspace'), [join(root, 'outside')])
    const request = { path: '../outside/x', base: join(root, 'workspace'), location, what: 'output directory' }
    expect(() => confinePath(boundary, { ...request, origin: 'content' })).toThrow(
      `output directory ../outside/x resolves to ${root}/outside/x, outside the workspace ${root}/workspace`,
    )
    expect(confinePath(boundary, { ...request, origin: 'input' }).real).toBe(join(root, 'outside/x'))
  })

  test('a prefix of the workspace name is not inside it', async () => {
    await mkdir(join(root, 'workspace-evil'))
    await writeFile(join(root, 'workspace-evil/x'), '')
    const boundary = makeBoundary(join(root, 'workspace'))
    const request = { path: '../workspace-evil/x', base: join(root, 'workspace'), location, what: 'file' }
    expect(() => confinePath(boundary, { ...request, origin: 'content' })).toThrow('outside the workspace')
  })
})

describe('firstInvalidUtf8', () => {
  test.each([
    ['ASCII and a 4-byte sequence', [0x61, 0xf0, 0x9f, 0x98, 0x80], 5],
    ['an overlong "/"', [0x61, 0xc0, 0xaf], 1],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s', (_, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset)
  })
})

describe('checkPathLength', () => {
  test('allows NAME_MAX and PATH_MAX less one exactly, and not a byte more', () => {
    expect(checkPathLength(`/${'a'.repeat(255)}`)).toBeUndefined()
    expect(checkPathLength(`/${'a'.repeat(256)}`)).toContain('256 bytes')
    // Bytes, not characters: 128 two-byte characters are 256 bytes.
    expect(checkPathLength(`/${'é'.repeat(128)}`)).toContain('256 bytes')
    const path = `/${'b'.repeat(99)}`.repeat(40)
    expect(checkPathLength(path + '/' + 'c'.repeat(4095 - path.length - 1))).toBeUndefined()
    expect(checkPathLength(path + '/' + 'c'.repeat(4095 - path.length))).toContain('4096 bytes long')
  })
})
