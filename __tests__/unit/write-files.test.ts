import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFilesAtomically } from '../../src/output/write-files.js'

describe('writeFilesAtomically', () => {
  let temp: string
  let directory: string
  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'write-files-'))
    directory = join(temp, 'units')
    await mkdir(directory)
  })
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('writes a file whose name takes all 255 bytes a file name may have', async () => {
    const name = 'a'.repeat(255 - '.service'.length) + '.service'
    expect(writeFilesAtomically(directory, [{ name, content: 'x\n' }])).toEqual([join(directory, name)])
    expect(await readdir(directory)).toEqual([name])
  })

  it('replaces a symlink at a target instead of writing through it', async () => {
    await writeFile(join(temp, 'outside'), 'untouched\n')
    await symlink(join(temp, 'outside'), join(directory, 'app.service'))
    writeFilesAtomically(directory, [{ name: 'app.service', content: 'new\n' }])
    expect(await readFile(join(directory, 'app.service'), 'utf8')).toBe('new\n')
    expect(await readFile(join(temp, 'outside'), 'utf8')).toBe('untouched\n')
    await expect(readlink(join(directory, 'app.service'))).rejects.toMatchObject({ code: 'EINVAL' })
  })

  it('changes nothing and leaves no temporary file when a file cannot be put in place', async () => {
    await mkdir(join(directory, 'app.service'))
    await writeFile(join(directory, 'app-restart.path'), 'old\n')
    expect(() =>
      writeFilesAtomically(directory, [
        { name: 'app.service', content: 'new\n' },
        { name: 'app-restart.path', content: 'new\n' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'EISDIR' }))
    expect((await readdir(directory)).sort()).toEqual(['app-restart.path', 'app.service'])
    expect(await readFile(join(directory, 'app-restart.path'), 'utf8')).toBe('old\n')
  })

  it('refuses a name that is a path before writing anything', async () => {
    expect(() =>
      writeFilesAtomically(directory, [
        { name: 'app.service', content: 'x\n' },
        { name: '../escape.service', content: 'x\n' },
      ]),
    ).toThrow('refusing to write "../escape.service": it is not a plain file name inside')
    expect(await readdir(directory)).toEqual([])
    expect(await readdir(temp)).toEqual(['units'])
  })
})
