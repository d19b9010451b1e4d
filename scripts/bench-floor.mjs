// The floor under `npm run bench`'s ratio: the two libraries every generate run loads, doing the
// least a generate run does with them (parse a .systemd.yml, render one template), and nothing
// of ours. The bench bundles it with ncc, as dist/ is bundled, and times it next to the action.
import { readFileSync, writeFileSync } from 'node:fs'
import { load } from 'js-yaml'
import Mustache from 'mustache'

const [config, template, output] = process.argv.slice(2)
writeFileSync(output, Mustache.render(readFileSync(template, 'utf8'), load(readFileSync(config, 'utf8'))))
