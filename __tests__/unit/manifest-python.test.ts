import { readFileSync } from 'node:fs'
import { parsePyproject } from '../../src/manifest/pyproject-toml.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/manifests/${name}/pyproject.toml`, import.meta.url), 'utf8')

describe('parsePyproject', () => {
  it('is not a program when it only configures tools', () => {
    expect(parsePyproject(fixture('python-tool-config-only'), 'pyproject.toml')).toEqual({
      notAProgram: 'only tool configuration: no [project] or [tool.poetry]',
    })
  })

  it('reads PEP 621 [project] and runs the script named after the project from the virtualenv', () => {
    expect(parsePyproject(fixture('python-pep621'), 'pyproject.toml')).toEqual({
      ecosystem: 'python',
      file: 'pyproject.toml',
      appName: 'ledger-sync',
      version: '1.8.0',
      entryPoint: { kind: 'binary', path: 'bin/ledger-sync' },
    })
  })

  it('reads [tool.poetry] and matches the script to the name as PEP 503 normalises it', () => {
    expect(parsePyproject(fixture('python-poetry'), 'pyproject.toml')).toEqual({
      ecosystem: 'python',
      file: 'pyproject.toml',
      appName: 'report_worker',
      version: '0.9.3',
      entryPoint: { kind: 'binary', path: 'bin/report-worker' },
    })
  })

  it('leaves a dynamic version unset and runs the only script', () => {
    expect(parsePyproject(fixture('python-dynamic-version'), 'pyproject.toml')).toEqual({
      ecosystem: 'python',
      file: 'pyproject.toml',
      appName: 'metrics-exporter',
      entryPoint: { kind: 'binary', path: 'bin/export-metrics' },
    })
  })

  it('ignores a version listed as dynamic even when one is written down', () => {
    const text = '[project]\nname = "svc"\nversion = "0.0.0"\ndynamic = ["version"]\n'
    expect(parsePyproject(text, 'pyproject.toml')).not.toHaveProperty('version')
  })

  it('has no entry point when several scripts exist and none is named after the project', () => {
    const text = '[project]\nname = "svc"\n\n[project.scripts]\nsvc-a = "svc:a"\nsvc-b = "svc:b"\n'
    expect(parsePyproject(text, 'pyproject.toml')).not.toHaveProperty('entryPoint')
  })

  it('rejects a [project] without a name', () => {
    const text = '[build-system]\nrequires = ["setuptools"]\n\n[project]\nversion = "1.0.0"\n'
    expect(() => parsePyproject(text, 'pyproject.toml')).toThrow(
      expect.objectContaining({
        name: 'SystemdUnitsError',
        location: { kind: 'file', file: 'pyproject.toml', key: 'project.name' },
      }),
    )
  })

  it('reports the line of a TOML syntax error', () => {
    const text = '[project]\nname = "svc"\n\n[project.scripts\nsvc = "svc:main"\n'
    expect(() => parsePyproject(text, 'pyproject.toml')).toThrow(
      expect.objectContaining({ location: { kind: 'file', file: 'pyproject.toml', line: 4 } }),
    )
  })
})
