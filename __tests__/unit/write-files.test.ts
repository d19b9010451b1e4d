import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
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
    expect(await writeFilesAtomically(directory, [{ name, content: 'x\n' }])).toEqual([join(directory, name)])
    expect(await readdir(directory)).toEqual([name])
  })

  it('replaces existing files and leaves neither staged files nor the links to the old ones', async () => {
    await writeFile(join(directory, 'app.service'), 'old\n')
    await writeFilesAtomically(directory, [
      { name: 'app.service', content: 'new\n' },
      { name: 'app-restart.path', content: 'new path\n' },
    ])
    expect((await readdir(directory)).sort()).toEqual(['app-restart.path', 'app.service'])
    expect(await readFile(join(directory, 'app.service'), 'utf8')).toBe('new\n')
  })

  it('refuses a symlink at a target, naming it, and writes nothing through it or beside it', async () => {
    await writeFile(join(temp, 'outside'), 'untouched\n')
    await symlink(join(temp, 'outside'), join(directory, 'app.service'))
    await expect(
      writeFilesAtomically(directory, [
        { name: 'app-restart.path', content: 'new\n' },
        { name: 'app.service', content: 'new\n' },
      ]),
    ).rejects.toThrow(`${join(directory, 'app.service')} is a symbolic link`)
    expect(await readFile(join(temp, 'outside'), 'utf8')).toBe('untouched\n')
    expect(await readdir(directory)).toEqual(['app.service'])
  })

  it('changes nothing when a directory is where a later file goes, and names every such target', async () => {
    await writeFile(join(directory, 'app.service'), 'old\n')
    await mkdir(join(directory, 'app-restart.path'))
    await mkdir(join(directory, 'app-restart.service'))
    const write = writeFilesAtomically(directory, [
      { name: 'app.service', content: 'new\n' },
      { name: 'app-restart.path', content: 'new\n' },
      { name: 'app-restart.service', content: 'new\n' },
    ])
    await expect(write).rejects.toThrow(
      `${join(directory, 'app-restart.path')} is a directory (EISDIR); ${join(directory, 'app-restart.service')} is a directory (EISDIR)`,
    )
    await expect(write).rejects.toThrow('remove or rename what is there')
    expect((await readdir(directory)).sort()).toEqual(['app-restart.path', 'app-restart.service', 'app.service'])
    expect(await readFile(join(directory, 'app.service'), 'utf8')).toBe('old\n')
  })

  it('says what to do when a file is where the directory goes, and creates nothing', async () => {
    await writeFile(join(temp, 'blocker'), 'a file\n')
    await expect(
      writeFilesAtomically(join(temp, 'blocker', 'units'), [{ name: 'app.service', content: 'x\n' }]),
    ).rejects.toThrow(
      `cannot create the directory ${join(temp, 'blocker', 'units')}: a file is where a directory goes: remove or rename the file, or choose another directory (ENOTDIR)`,
    )
    expect((await readdir(temp)).sort()).toEqual(['blocker', 'units'])
  })

  it('refuses a name that is a path before writing anything', async () => {
    await expect(
      writeFilesAtomically(directory, [
        { name: 'app.service', content: 'x\n' },
        { name: '../escape.service', content: 'x\n' },
      ]),
    ).rejects.toThrow('refusing to write "../escape.service": it is not a plain file name inside')
    expect(await readdir(directory)).toEqual([])
    expect(await readdir(temp)).toEqual(['units'])
  })
})
