import { signal } from '@preact/signals';
import { loadAccount } from './api';

/** Whether this server runs the Discord adapter (its API answers); asked once per page load. */
const enabled = signal(false);
let asked = false;

export function discordAvailable(): boolean {
  if (!asked) {
    asked = true;
    void loadAccount()
      .then((account) => (enabled.value = account !== undefined))
      .catch(() => undefined);
  }
  return enabled.value;
}
