// Checks every configuration gets, whatever else its file tests.
import { expect } from '@jest/globals';
import { check } from './check-table.js';
import type { App } from './deploy.js';
import type { Machine } from './harness.js';
import { show, unitFileMessages } from './inspect.js';

/** systemd loaded each of the app's unit files and said nothing about any line of them. */
export function cleanCheck(machine: () => Machine, deployed: () => App): void {
  check('clean', 'systemd loads every unit file without a message about it', async () => {
    const app = deployed();
    for (const unit of Object.keys(app.units)) {
      expect({ unit, ...(await show(machine(), unit, 'LoadState')) }).toEqual({ unit, LoadState: 'loaded' });
    }
    expect(await unitFileMessages(machine(), Object.keys(app.units))).toEqual([]);
  });
}
