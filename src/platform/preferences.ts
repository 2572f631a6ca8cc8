/** Small remembered choices of this browser (the welcome seen, …) in localStorage; never throws (private mode, full storage). */

const PREFIX = 'allegiance:';

/** Whether a remembered flag is set; false when storage cannot be read. */
export function readFlag(name: string): boolean {
  try {
    return globalThis.localStorage?.getItem(PREFIX + name) === '1';
  } catch {
    return false;
  }
}

/** Remember (or forget) a flag; returns false when storage refused it (the choice then lasts this visit only). */
export function writeFlag(name: string, on: boolean): boolean {
  try {
    if (on) globalThis.localStorage.setItem(PREFIX + name, '1');
    else globalThis.localStorage.removeItem(PREFIX + name);
    return true;
  } catch {
    return false;
  }
}
