// `yiqi report`: what maintainers should add to the knowledge base next, from the records the bot
// keeps (DATA_DIR/maintainer-log/YYYY-MM-DD.jsonl, and the single DATA_DIR/maintainer-log.jsonl of
// earlier versions if present; or the blob container when BLOB_CONNECTION_STRING is set).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { readBlobMaintainerLog } from '../feedback/blobMaintainerLog.js';
import { buildReport, parseRecords, renderReport } from '../feedback/maintainerReport.js';
import { loadKnowledge } from '../kb/loadKnowledge.js';
import type { CliIo } from './cliIo.js';

export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const config = loadConfig();
  const json = args.includes('--json');
  let text: string;
  if (config.BLOB_CONNECTION_STRING) {
    text = await readBlobMaintainerLog(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  } else {
    const dir = join(config.DATA_DIR, 'maintainer-log');
    const days = (await readdir(dir).catch(orEmpty([]))).filter((n) => n.endsWith('.jsonl')).sort();
    const files = [join(config.DATA_DIR, 'maintainer-log.jsonl'), ...days.map((n) => join(dir, n))];
    text = (await Promise.all(files.map((f) => readFile(f, 'utf8').catch(orEmpty(''))))).join('');
  }
  const report = buildReport(parseRecords(text));
  io.out(json ? JSON.stringify(report, null, 2) + '\n' : renderReport(report, loadKnowledge()));
  return 0;
}

/** A missing file or folder reads as empty; any other failure stops the report. */
function orEmpty<T>(empty: T): (err: unknown) => T {
  return (err) => {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return empty;
  };
}
