import type { PublishInputs } from '../../src/action/inputs.js'

/** Publishing inputs as readInputs gives them when only `overrides` are set. */
export function publishInputs(overrides: Partial<PublishInputs> = {}): PublishInputs {
  return {
    uploadArtifact: false,
    artifactName: '',
    retentionDays: undefined,
    archive: false,
    appendTo: '',
    archivePrefix: 'lib/systemd/system/',
    commit: false,
    commitMethod: 'git',
    commitBranch: '',
    commitMessage: '',
    pullRequest: false,
    token: '',
    ...overrides,
  }
}
