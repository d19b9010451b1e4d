import { describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, mkdir, readdir, readFile, stat, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync, gzipSync } from 'node:zlib'
import { appendToTarball, MAX_DECOMPRESSED_BYTES, MAX_TARBALL_BYTES } from '../../src/publish/archive/append-to.js'
import { archiveTime } from '../../src/publish/archive/archive-time.js'
import { encodeEntry, endOfArchive, readEntries } from '../../src/publish/archive/tar.js'
import { SystemdUnitsError } from '../../src/shared/errors.js'
import { archivePrefix } from '../../src/publish/publish-checks.js'
import { buildArchive } from '../../src/publish/archive/write-archive.js'
import { runActionWithEnv } from '../helpers/action-env.js'
import { listFiles, MIX_EXS, runCli } from '../helpers/project.js'
import { projectsRemovedAfterEach } from '../helpers/scratch-projects.js'

const run = promisify(execFile)
const project = projectsRemovedAfterEach()

/** 2023-11-14 22:13:20 UTC */
const EPOCH = 1700000000
const UNITS = [
  { name: 'my-app.service', content: '[Service]\nExecStart=/srv/my-app/bin/my-app start\n' },
  { name: 'my-app-restart.path', content: '[Path]\nPathModified=/srv/my-app/flags/restart.flag\n' },
]

/** GNU tar's verbose listing, in UTC so dates do not depend on the machine. */
async function tarList(file: string, ...flags: string[]): Promise<string[]> {
  const { stdout } = await run('tar', ['-tvzf', file, ...flags], { env: { ...process.env, TZ: 'UTC' } })
  return stdout.trim().split('\n')
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = { ...process.env, GIT_AUTHOR_DATE: '@1600000000 +0000', GIT_COMMITTER_DATE: '@1600000000 +0000' }
  return (
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, env })
  ).stdout.trim()
}

describe('the units archive', () => {
  test('is byte-identical for the same units, prefix and time, whatever order the units come in', () => {
    const first = buildArchive({ name: 'a.tar.gz', units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH })
    const second = buildArchive({
      name: 'a.tar.gz',
      units: [...UNITS].reverse(),
      prefix: 'lib/systemd/system/',
      mtime: EPOCH,
    })
    expect(second.equals(first)).toBe(true)
    expect(
      buildArchive({ name: 'a.tar.gz', units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH + 1 }).equals(first),
    ).toBe(false)
  })

  test('has a gzip header without time or name, and the Unix OS byte', () => {
    const bytes = buildArchive({ name: 'a.tar.gz', units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH })
    expect([...bytes.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0])
    expect(bytes.readUInt32LE(4)).toBe(0)
    expect(bytes[9]).toBe(3)
  })

  test('tar lists the directories 0755 and the units 0644 sorted by name, owned by root (0:0), at the given time', async () => {
    const dir = await project({})
    const file = join(dir, 'units.tar.gz')
    await writeFile(
      file,
      buildArchive({ name: 'units.tar.gz', units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH }),
    )
    const columns = (line: string) => line.split(/\s+/)
    expect((await tarList(file)).map(columns)).toEqual([
      ['drwxr-xr-x', 'root/root', '0', '2023-11-14', '22:13', 'lib/systemd/'],
      ['drwxr-xr-x', 'root/root', '0', '2023-11-14', '22:13', 'lib/systemd/system/'],
      [
        '-rw-r--r--',
        'root/root',
        String(UNITS[1]!.content.length),
        '2023-11-14',
        '22:13',
        'lib/systemd/system/my-app-restart.path',
      ],
      [
        '-rw-r--r--',
        'root/root',
        String(UNITS[0]!.content.length),
        '2023-11-14',
        '22:13',
        'lib/systemd/system/my-app.service',
      ],
    ])
    expect((await tarList(file, '--numeric-owner')).map((line) => columns(line)[1])).toEqual([
      '0/0',
      '0/0',
      '0/0',
      '0/0',
    ])
  })

  test('extracted at a merged-/usr root, keeps /lib a symlink and puts the units under usr/lib', async () => {
    const root = await project({ 'usr/lib/systemd/system/existing.service': '[Service]\n' })
    await symlink('usr/lib', join(root, 'lib'))
    const file = join(root, 'units.tar.gz')
    await writeFile(
      file,
      buildArchive({ name: 'units.tar.gz', units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH }),
    )
    await run('tar', ['-xzf', file, '-C', root])
    expect((await readdir(join(root, 'usr/lib/systemd/system'))).sort()).toEqual([
      'existing.service',
      'my-app-restart.path',
      'my-app.service',
    ])
    expect((await run('readlink', [join(root, 'lib')])).stdout.trim()).toBe('usr/lib')
  })

  test('takes its time from SOURCE_DATE_EPOCH, else from the checked-out commit, else fails saying so', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS })
    expect(await archiveTime(dir, { SOURCE_DATE_EPOCH: String(EPOCH) })).toBe(EPOCH)
    await expect(archiveTime(dir, { SOURCE_DATE_EPOCH: 'yesterday' })).rejects.toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds, got "yesterday"',
    )
    await expect(archiveTime(dir, {})).rejects.toThrow(
      'set SOURCE_DATE_EPOCH (seconds since 1970) or run in a git checkout',
    )
    await git(dir, 'init', '-q')
    await git(dir, 'add', '.')
    await git(dir, 'commit', '-q', '-m', 'init')
    expect(await archiveTime(dir, {})).toBe(1600000000)
  })

  test('archive-prefix is a relative directory inside the archive', () => {
    expect(archivePrefix('/lib/systemd/system')).toBe('lib/systemd/system/')
    expect(archivePrefix('./etc/systemd/system/')).toBe('etc/systemd/system/')
    expect(archivePrefix('')).toBe('')
    expect(() => archivePrefix('lib/../../etc')).toThrow(
      'input "archive-prefix": expected a relative directory inside the archive, got "lib/../../etc"',
    )
  })
})

/** A release tarball made by GNU tar: a path too long for ustar (a GNU long-name or pax header), a symlink, an executable. */
async function releaseTarball(dir: string, format: 'gnu' | 'pax' = 'gnu'): Promise<string> {
  const release = join(dir, 'release')
  const deep = `lib/my_app-1.2.3/priv/${'static/'.repeat(12)}app.css`
  await mkdir(join(release, deep, '..'), { recursive: true })
  await mkdir(join(release, 'bin'), { recursive: true })
  await writeFile(join(release, deep), 'body{}\n')
  await writeFile(join(release, 'bin/my_app'), '#!/bin/sh\necho hi\n')
  await chmod(join(release, 'bin/my_app'), 0o755)
  await symlink('my_app', join(release, 'bin/start'))
  const tarball = join(dir, 'my_app-1.2.3.tar.gz')
  await run('tar', [`--format=${format}`, '-czf', tarball, '-C', release, 'bin', 'lib'])
  return tarball
}

describe('append-to', () => {
  test.each(['gnu', 'pax'] as const)(
    'keeps every original entry of a %s tarball byte for byte, then adds the missing prefix directories and the units',
    async (format) => {
      const dir = await project({})
      const tarball = await releaseTarball(dir, format)
      const before = gunzipSync(await readFile(tarball))
      const listedBefore = await tarList(tarball)
      const result = await appendToTarball({
        tarball,
        units: UNITS,
        prefix: 'lib/systemd/system/',
        mtime: EPOCH,
        force: false,
      })
      expect(result).toEqual({
        added: [
          'lib/systemd',
          'lib/systemd/system',
          'lib/systemd/system/my-app-restart.path',
          'lib/systemd/system/my-app.service',
        ],
        replaced: [],
      })
      const after = gunzipSync(await readFile(tarball))
      const original = readEntries(before, tarball)
      const kept = original.reduce((length, entry) => length + entry.bytes.length, 0)
      expect(after.subarray(0, kept).equals(before.subarray(0, kept))).toBe(true)
      const listedAfter = await tarList(tarball)
      expect(listedAfter.slice(0, listedBefore.length)).toEqual(listedBefore)
      expect(listedAfter.slice(listedBefore.length).map((line) => line.split(/\s+/).pop())).toEqual([
        'lib/systemd/',
        'lib/systemd/system/',
        'lib/systemd/system/my-app-restart.path',
        'lib/systemd/system/my-app.service',
      ])
      const out = join(dir, 'out')
      await mkdir(out)
      await run('tar', ['-xzf', tarball, '-C', out])
      expect(await readFile(join(out, 'lib/systemd/system/my-app.service'), 'utf8')).toBe(UNITS[0]!.content)
      expect((await stat(join(out, 'bin/my_app'))).mode & 0o777).toBe(0o755)
      expect((await run('readlink', [join(out, 'bin/start')])).stdout.trim()).toBe('my_app')
    },
  )

  test('refuses a tarball that already holds one of the units, and leaves it untouched', async () => {
    const dir = await project({})
    const tarball = await releaseTarball(dir)
    await appendToTarball({ tarball, units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH, force: false })
    const appended = await readFile(tarball)
    await expect(
      appendToTarball({ tarball, units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH + 60, force: false }),
    ).rejects.toThrow(
      `input "append-to": ${tarball} already holds lib/systemd/system/my-app-restart.path, lib/systemd/system/my-app.service; set force: true to replace them`,
    )
    expect((await readFile(tarball)).equals(appended)).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['my_app-1.2.3.tar.gz', 'release'])
  })

  test('with force, replaces the units it holds and keeps everything else', async () => {
    const dir = await project({})
    const tarball = await releaseTarball(dir)
    await appendToTarball({ tarball, units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH, force: false })
    const changed = [{ name: 'my-app.service', content: '[Service]\nExecStart=/srv/my-app/bin/my-app foreground\n' }]
    const result = await appendToTarball({
      tarball,
      units: changed,
      prefix: 'lib/systemd/system/',
      mtime: EPOCH,
      force: true,
    })
    expect(result).toEqual({
      added: ['lib/systemd/system/my-app.service'],
      replaced: ['lib/systemd/system/my-app.service'],
    })
    const names = (await tarList(tarball)).map((line) => line.split(/\s+/).pop())
    expect(names.filter((name) => name === 'lib/systemd/system/my-app.service')).toHaveLength(1)
    expect(names).toContain('lib/systemd/system/my-app-restart.path')
    expect((await run('tar', ['-xzOf', tarball, 'lib/systemd/system/my-app.service'])).stdout).toBe(changed[0]!.content)
  })

  test('keeps the tarball file mode', async () => {
    const dir = await project({})
    const tarball = await releaseTarball(dir)
    await chmod(tarball, 0o600)
    await appendToTarball({ tarball, units: UNITS, prefix: 'lib/systemd/system/', mtime: EPOCH, force: false })
    expect((await stat(tarball)).mode & 0o777).toBe(0o600)
  })

  test('a file that is not a gzip tarball, or no file at all, is a clear error', async () => {
    const dir = await project({ 'notes.tar.gz': 'not compressed\n' })
    await expect(
      appendToTarball({ tarball: join(dir, 'notes.tar.gz'), units: UNITS, prefix: '', mtime: 0, force: false }),
    ).rejects.toThrow(`${join(dir, 'notes.tar.gz')} is not a gzip file`)
    await expect(
      appendToTarball({ tarball: join(dir, 'missing.tar.gz'), units: UNITS, prefix: '', mtime: 0, force: false }),
    ).rejects.toThrow(`input "append-to": cannot read ${join(dir, 'missing.tar.gz')}: no such file`)
  })

  test('refuses anything but a regular file, without opening a device or waiting on a FIFO', async () => {
    const dir = await project({})
    await run('mkfifo', [join(dir, 'pipe.tar.gz')])
    await mkdir(join(dir, 'dir.tar.gz'))
    await symlink(await releaseTarball(dir), join(dir, 'link.tar.gz'))
    const append = (tarball: string) => appendToTarball({ tarball, units: UNITS, prefix: '', mtime: 0, force: false })
    await expect(append(join(dir, 'pipe.tar.gz'))).rejects.toThrow(
      `input "append-to": ${join(dir, 'pipe.tar.gz')} is a named pipe (FIFO), not a .tar.gz file`,
    )
    await expect(append(join(dir, 'dir.tar.gz'))).rejects.toThrow(
      `${join(dir, 'dir.tar.gz')} is a directory, not a .tar.gz file`,
    )
    await expect(append(join(dir, 'link.tar.gz'))).rejects.toThrow(
      `${join(dir, 'link.tar.gz')} is a symbolic link (name the tarball itself: append-to replaces the file it names)`,
    )
    await expect(append('/dev/zero')).rejects.toThrow('input "append-to": /dev/zero is a device, not a .tar.gz file')
  })

  test(`refuses a tarball over ${MAX_TARBALL_BYTES} bytes before reading it`, async () => {
    const dir = await project({})
    const tarball = join(dir, 'huge.tar.gz')
    await writeFile(tarball, '')
    await truncate(tarball, MAX_TARBALL_BYTES + 1)
    await expect(appendToTarball({ tarball, units: UNITS, prefix: '', mtime: 0, force: false })).rejects.toThrow(
      `input "append-to": ${tarball} is larger than 512 MiB (536870912 bytes), the limit for append-to`,
    )
  })

  test('stops inflating a gzip bomb at the limit, naming the file and the limit', async () => {
    const dir = await project({})
    const tarball = join(dir, 'bomb.tar.gz')
    // gzip members concatenate: 17 of 64 MiB of zeros are 1088 MiB, in about 1 MB.
    const member = gzipSync(Buffer.alloc(64 * 2 ** 20), { level: 9 })
    await writeFile(tarball, Buffer.concat(Array.from({ length: 17 }, () => member)))
    expect(17 * 64 * 2 ** 20).toBeGreaterThan(MAX_DECOMPRESSED_BYTES)
    await expect(appendToTarball({ tarball, units: UNITS, prefix: '', mtime: 0, force: false })).rejects.toThrow(
      `${tarball} decompresses to more than 1 GiB (1073741824 bytes), the limit for a tarball to append to`,
    )
  })
})

/** Write `value` into a header field and make the checksum right again, so only the field is wrong. */
function setField(tar: Buffer, header: number, field: number, value: Buffer | string): Buffer {
  const copy = Buffer.from(tar)
  const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : value
  bytes.copy(copy, header + field)
  copy.fill(' ', header + 148, header + 156)
  let sum = 0
  for (let index = header; index < header + 512; index++) sum += copy[index]!
  copy.write(sum.toString(8).padStart(6, '0') + '\0 ', header + 148, 8, 'ascii')
  return copy
}

/** A pax extended header (`x`) with these records, then a file and a second one after it. */
function paxArchive(...records: string[]): Buffer {
  const data = records
    .map((record) => {
      // The length counts itself: find the one that fits.
      let length = record.length + 3
      while (`${length} ${record}\n`.length !== length) length++
      return `${length} ${record}\n`
    })
    .join('')
  const extended = setField(
    encodeEntry({ path: 'PaxHeaders/first', type: 'file', mode: 0o644, mtime: EPOCH, content: Buffer.from(data) }),
    0,
    156,
    'x',
  )
  const file = (path: string) =>
    encodeEntry({ path, type: 'file', mode: 0o644, mtime: EPOCH, content: Buffer.from(`${path}\n`.repeat(100)) })
  const body = Buffer.concat([extended, file('first'), file('second')])
  return Buffer.concat([body, endOfArchive(body.length)])
}

const SOURCE = 'release.tar.gz'
const readingError = (tar: Buffer) => {
  try {
    readEntries(tar, SOURCE)
  } catch (error) {
    return error
  }
  throw new Error('read without an error')
}

describe('the tar reader', () => {
  test('reads a pax size as the entry size, and its own archives entry for entry', () => {
    const tar = paxArchive('size=700', 'path=first')
    expect(readEntries(tar, SOURCE).map((entry) => entry.path)).toEqual(['first', 'second'])
  })

  test.each([
    ['abc', 'its pax size=abc is not a size in bytes'],
    ['-1536', 'its pax size=-1536 is not a size in bytes'],
    ['1e3', 'its pax size=1e3 is not a size in bytes'],
    ['99999999999999999999', 'its pax size=99999999999999999999 is not a size in bytes'],
    ['', 'its pax size= is not a size in bytes'],
  ])('refuses pax size=%s, naming the entry and the tarball', (size, problem) => {
    const error = readingError(paxArchive(`size=${size}`))
    expect(error).toBeInstanceOf(SystemdUnitsError)
    expect((error as Error).message).toBe(
      `${SOURCE} is not a tar archive GNU tar would read the same way: the entry "PaxHeaders/first" at byte 0: ${problem}`,
    )
  })

  test('refuses malformed pax records', () => {
    for (const data of ['x', '5 a=b', '3 a\n', '99 path=first\n', '-8 a=b\n']) {
      const tar = paxArchive()
      const patched = setField(tar, 0, 124, data.length.toString(8).padStart(11, '0') + '\0')
      patched.write(data.padEnd(512, '\0'), 512, 'latin1')
      expect(() => readEntries(patched, SOURCE)).toThrow(/the entry "PaxHeaders\/first" at byte 0: its pax record/)
    }
  })

  // The extended header without records is one block, then `first`'s header and two blocks of data.
  const second = 512 + 512 + 1024
  test.each([
    ['octal with a letter', '0000000abc\0\0', 'its size field "0000000abc\\u0000\\u0000" is not a size in bytes'],
    ['octal with a 9', '00000000009\0', 'is not a size in bytes'],
    ['negative base-256', Buffer.alloc(12, 0xff), 'is not a size in bytes'],
    [
      'base-256 past 2^53',
      Buffer.from([0x80, 0, 0, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      'is not a size in bytes',
    ],
    [
      'base-256 past the end',
      Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0, 0]),
      'its 65536 bytes of data run past the end (truncated?)',
    ],
  ])('refuses a ustar size that is %s', (_, size, problem) => {
    const error = readingError(setField(paxArchive(), second, 124, size))
    expect(error).toBeInstanceOf(SystemdUnitsError)
    expect((error as Error).message).toContain(`the entry "second" at byte ${second}: its `)
    expect((error as Error).message).toContain(problem)
  })

  test('reads a base-256 size', () => {
    const tar = setField(paxArchive(), second, 124, Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0xbc]))
    expect(readEntries(tar, SOURCE).map((entry) => entry.path)).toEqual(['first', 'second'])
  })

  test('refuses a bad checksum, a truncated entry, a lone extension header and data after the end', () => {
    const tar = paxArchive()
    const corrupt = Buffer.from(tar)
    corrupt[second + 5] = 0x41
    expect(() => readEntries(corrupt, SOURCE)).toThrow(
      `${SOURCE} is not a tar archive GNU tar would read the same way: the entry "seconA" at byte ${second}: its header checksum does not match`,
    )
    expect(() => readEntries(tar.subarray(0, second + 700), SOURCE)).toThrow(
      `the entry "second" at byte ${second}: its 700 bytes of data run past the end (truncated?)`,
    )
    expect(() => readEntries(tar.subarray(0, second + 100), SOURCE)).toThrow(
      `${SOURCE} is truncated: 100 bytes at byte ${second} are not a whole tar header`,
    )
    expect(() => readEntries(tar.subarray(0, 512), SOURCE)).toThrow(
      `${SOURCE} is truncated: an extension header at its end is not followed by an entry`,
    )
    const trailing = Buffer.from(tar)
    trailing[tar.length - 1] = 1
    expect(() => readEntries(trailing, SOURCE)).toThrow('there is data after the end-of-archive block')
  })

  test('on any truncation or corruption of a GNU tar archive, ends with an error or with every entry, as GNU tar lists them', async () => {
    const dir = await project({})
    const tar = gunzipSync(await readFile(await releaseTarball(dir, 'pax')))
    const headers = readEntries(tar, SOURCE).flatMap((entry) => {
      const start = tar.indexOf(entry.bytes)
      return Array.from({ length: entry.bytes.length / 512 }, (_, block) => start + block * 512)
    })
    // Deterministic pseudo-random numbers, so a failure can be reproduced.
    let seed = 12345
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % below
    }
    const cases: Buffer[] = []
    for (let length = 0; length < tar.length; length += 1 + random(300)) cases.push(tar.subarray(0, length))
    for (let index = 0; index < 1500; index++) {
      const at = headers[random(headers.length)]!
      const field = [124, 124, 148, 156, 0, random(512)][random(6)]!
      const bytes = Buffer.from(
        Array.from({ length: 1 + random(12) }, () => [0, 0x20, 0x30 + random(10), 0x80, 0xff, random(256)][random(6)]!),
      )
      cases.push(
        random(2) === 0
          ? setField(tar, at, field, bytes)
          : Buffer.concat([tar.subarray(0, at + field), bytes, tar.subarray(at + field + bytes.length)]),
      )
    }
    let accepted = 0
    const compared: Promise<void>[] = []
    for (const [index, input] of cases.entries()) {
      let entries
      try {
        entries = readEntries(input, SOURCE)
      } catch (error) {
        expect(error).toBeInstanceOf(SystemdUnitsError)
        continue
      }
      accepted++
      // Every byte before the end-of-archive block belongs to exactly one entry, in order.
      const body = Buffer.concat(entries.map((entry) => entry.bytes))
      expect(input.subarray(0, body.length).equals(body)).toBe(true)
      expect(input.subarray(body.length).every((byte) => byte === 0)).toBe(true)
      if (index % 25 === 0 && body.length > 0) {
        const file = join(dir, `case-${index}.tar.gz`)
        compared.push(
          writeFile(file, gzipSync(input)).then(async () => {
            const listed = await tarList(file, '--quoting-style=literal')
            expect(
              listed.map((line) =>
                line
                  .split(/\s+/)
                  .slice(5)
                  .join(' ')
                  .replace(/ -> .*$/, '')
                  .replace(/ unknown file type .*$/, '')
                  .replace(/\/$/, ''),
              ),
            ).toEqual(entries.map((entry) => entry.path))
          }),
        )
      }
    }
    await Promise.all(compared)
    expect(accepted).toBeGreaterThan(10)
    expect(compared.length).toBeGreaterThan(0)
  })
})

describe('archives through dist/index.js and the CLI', () => {
  const sha256 = async (file: string) =>
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex')

  test('archive: true writes the same bytes on every run and sets the archive output', async () => {
    const dir = await project({ 'svc/mix.exs': MIX_EXS })
    const inputs = { 'working-directory': 'svc', archive: 'true' }
    const first = await runActionWithEnv(dir, inputs, { env: { SOURCE_DATE_EPOCH: String(EPOCH) } })
    expect(first.code).toBe(0)
    expect(first.outputs['archive']).toBe('my-app-systemd-1.2.3.tar.gz')
    const digest = await sha256(join(dir, 'svc/my-app-systemd-1.2.3.tar.gz'))
    const second = await runActionWithEnv(dir, inputs, { env: { SOURCE_DATE_EPOCH: String(EPOCH) } })
    expect(second.code).toBe(0)
    expect(await sha256(join(dir, 'svc/my-app-systemd-1.2.3.tar.gz'))).toBe(digest)
    expect(
      (await tarList(join(dir, 'svc/my-app-systemd-1.2.3.tar.gz'))).map((line) => line.split(/\s+/).pop()),
    ).toEqual(['lib/systemd/', 'lib/systemd/system/', 'lib/systemd/system/my-app.service'])
    expect(first.summary).toContain('- Archive: `my-app-systemd-1.2.3.tar.gz`')
  })

  test('append-to adds the units to a release tarball; a second run without force fails and changes nothing', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS })
    const tarball = await releaseTarball(dir)
    const inputs = { 'append-to': 'my_app-1.2.3.tar.gz', 'archive-prefix': 'systemd/' }
    const first = await runActionWithEnv(dir, inputs, { env: { SOURCE_DATE_EPOCH: String(EPOCH) } })
    expect(first.code).toBe(0)
    expect(first.outputs['archive']).toBe('my_app-1.2.3.tar.gz')
    expect(await tarList(tarball)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^-rw-r--r-- root\/root .* systemd\/my-app\.service$/)]),
    )
    const digest = await sha256(tarball)
    const second = await runActionWithEnv(dir, inputs, { env: { SOURCE_DATE_EPOCH: String(EPOCH) } })
    expect(second.code).toBe(1)
    expect(second.stdout).toContain('::error title=systemd-units::input "append-to": ')
    expect(second.stdout).toContain('already holds systemd/my-app.service; set force: true to replace it')
    expect(await sha256(tarball)).toBe(digest)
    const forced = await runActionWithEnv(
      dir,
      { ...inputs, force: 'true' },
      { env: { SOURCE_DATE_EPOCH: String(EPOCH) } },
    )
    expect(forced.code).toBe(0)
    expect(await sha256(tarball)).toBe(digest)
  })

  test('the CLI writes the archive with --archive and appends with --append-to, dating entries by the commit', async () => {
    const dir = await project({ 'mix.exs': MIX_EXS, '.gitignore': '_build/\n*.tar.gz\n' })
    await git(dir, 'init', '-q')
    await git(dir, 'add', '.')
    await git(dir, 'commit', '-q', '-m', 'init')
    const result = await runCli(['generate', '--archive', '--archive-prefix', 'etc/systemd/system'], dir)
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('wrote my-app-systemd-1.2.3.tar.gz\n') })
    expect((await tarList(join(dir, 'my-app-systemd-1.2.3.tar.gz'))).pop()).toMatch(
      /^-rw-r--r-- root\/root +\d+ 2020-09-13 12:26 etc\/systemd\/system\/my-app\.service$/,
    )
    await releaseTarball(dir)
    const appended = await runCli(['generate', '--append-to', 'my_app-1.2.3.tar.gz'], dir)
    expect(appended).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('added lib/systemd/system/my-app.service to my_app-1.2.3.tar.gz\n'),
    })
    expect(await runCli(['check', '--archive'], dir)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--archive and --append-to go with generate'),
    })
    expect(await listFiles(dir)).not.toContainEqual(expect.stringMatching(/\.tmp-/))
  })
})
