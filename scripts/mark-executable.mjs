// Makes the compiled CLI executable so that `npx yiqi` works straight after `npm install`.
import { chmodSync, existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli/yiqi.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
