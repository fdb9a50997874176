// Starts the bot (src/index.ts calls `start` after turning on the compile cache): loads the
// configuration (.env and the environment) and the knowledge base (with the build's snapshot of the
// validated files when given), starts the bot and its web chat page, and stops cleanly on
// SIGTERM/SIGINT. An error nothing caught is logged and does not stop the bot unless it may have
// left the process in a bad state (src/processGuards.ts). Everything else is wired in src/app.ts.
import { readFileSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { KnowledgeError } from './kb/knowledgeError.js';
import { KnowledgeSnapshot } from './kb/knowledgeSnapshot.js';
import { loadKnowledge } from './kb/loadKnowledge.js';
import { startTelemetry } from './telemetry/startTelemetry.js';
import { installProcessGuards } from './processGuards.js';
import { installCharReadings } from './search/charReadings.js';

export interface StartOptions {
  /** Started from the build's bundle (src/index.ts), as the first log line says. */
  bundled?: boolean;
  /** The build's snapshot of the validated knowledge files (dist/knowledge.snapshot.json). */
  knowledgeSnapshot?: string;
  /** The build's table of Han characters' readings (dist/char-readings.txt, src/search/charReadings.ts). */
  charReadings?: string;
}

// Logs go to stdout and stderr; if whoever reads them goes away (EPIPE), the bot goes on serving
// without logs rather than stopping — or looping on logging that a log line could not be written.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

/** The build's table when it is there; without it, characters are read with pinyin-pro as they come. */
function installCharReadingsFrom(path: string): void {
  let table: string;
  try {
    table = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  installCharReadings(table);
}

async function main(options: StartOptions): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const snapshot = options.knowledgeSnapshot
    ? KnowledgeSnapshot.fromFile(options.knowledgeSnapshot)
    : undefined;
  const kb = loadKnowledge(undefined, snapshot ? { snapshot } : {});
  if (options.charReadings) installCharReadingsFrom(options.charReadings);
  const telemetry = await startTelemetry(config); // before the first request
  const app = createApp(config, { telemetry, kb, ...(snapshot ? { knowledgeSnapshot: snapshot } : {}) });
  const url = await app.listen();
  const log = app.services.logger;
  log.info(
    config.localMode
      ? 'local mode: no MicrosoftAppId set; anonymous requests accepted (Bot Framework Emulator), bound to loopback only'
      : 'authenticated mode: every /api/messages request must carry a valid Bot Framework token',
    {
      url,
      messages: `${url}/api/messages`,
      measures: app.services.kb.measures.length,
      knowledgeVersion: app.services.kb.version,
      telemetry: telemetry.mode,
      code: options.bundled ? 'bundle' : 'modules',
      knowledgeFromSnapshot: snapshot !== undefined,
    },
  );
  const stop = (signal: string, exitCode = 0) => {
    log.info('shutting down: no new requests, finishing those in flight', { signal });
    void app.close().then(() => {
      log.info('stopped', { signal });
      process.exit(exitCode);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  installProcessGuards(log, (exitCode) => stop('uncaughtException', exitCode));
}

export function start(options: StartOptions = {}): Promise<void> {
  return main(options).catch((err: unknown) => {
    if (err instanceof ConfigError || err instanceof KnowledgeError) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(
        `yiqi failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    }
    process.exit(1);
  });
}
