// Today's date for the command line, from the same setting as the server (read when asked, so a
// bad setting is reported by the command, not at import).
import { todayFrom } from '../clock.js';
import { loadConfig } from '../config.js';

export function today(): string {
  return todayFrom(loadConfig())();
}
