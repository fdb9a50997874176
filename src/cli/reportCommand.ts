// `yiqi report`: what maintainers should add to the knowledge base next, from the records the bot
// keeps (DATA_DIR/maintainer-log.jsonl, or the blob container when BLOB_CONNECTION_STRING is set).
import { readFile } from 'node:fs/promises';
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
    const file = join(config.DATA_DIR, 'maintainer-log.jsonl');
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      text = '';
    }
  }
  const report = buildReport(parseRecords(text));
  io.out(json ? JSON.stringify(report, null, 2) + '\n' : renderReport(report, loadKnowledge()));
  return 0;
}
