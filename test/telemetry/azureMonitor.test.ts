// With APPLICATIONINSIGHTS_CONNECTION_STRING set, the real server (src/index.ts) sends its traces and
// metrics to Application Insights. Azure is outside this machine, so its ingestion endpoint is faked
// here as the exporter speaks to it: HTTPS POST /v2.1/track with a JSON array of envelopes (gzip).
// The connection string's IngestionEndpoint points at the fake, as a 21Vianet one points at China's.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, post, startCaptureServer, waitFor } from '../helpers/botServer.js';
import { projectRoot } from '../helpers/paths.js';

interface Envelope {
  name: string;
  tags?: Record<string, string>;
  data?: { baseType?: string; baseData?: { name?: string; metrics?: { name: string; value: number }[] } };
}

const dir = mkdtempSync(join(tmpdir(), 'yiqi-ingestion-'));
const envelopes: Envelope[] = [];
let ingestion: Server;
let ingestionUrl = '';

beforeAll(async () => {
  // A certificate for 127.0.0.1 that the server process is told to trust (NODE_EXTRA_CA_CERTS).
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' }); // prettier-ignore
  ingestion = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        if (req.method === 'POST' && req.url === '/v2.1/track') {
          const items = JSON.parse(body.toString('utf8')) as Envelope[];
          envelopes.push(...items);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
        } else {
          res.writeHead(404);
          res.end();
        }
      });
    },
  );
  await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
  ingestionUrl = `https://127.0.0.1:${(ingestion.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => ingestion.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('Azure Monitor export', () => {
  it('sends the turn and its metrics to Application Insights, and flushes them on SIGTERM', async () => {
    const capture = await startCaptureServer();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: '0',
        YIQI_TODAY: '2026-11-26',
        DATA_DIR: join(dir, 'var'),
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-0000000000a1;IngestionEndpoint=${ingestionUrl}`,
        OTEL_SERVICE_NAME: 'yiqi-azure-test',
        NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem'),
        APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
        // The distro samples at most 5 traces a second by default, by a rate that depends on timing: on a
        // loaded machine the one turn of this test was sometimes left out. Every trace, here.
        OTEL_TRACES_SAMPLER: 'always_on',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const url = await waitFor(() => /"url":"(http:\/\/[^"]+)"/.exec(out)?.[1], 90_000);
      expect(out).toContain('"telemetry":"azure-monitor"');
      expect((await post(url, message('无缝续贷怎么申请', 'azure-conv', capture.url))).status).toBe(200);
      await waitFor(() => (capture.received.get('azure-conv')?.length ? true : undefined));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      await capture.close();
    }
    expect(out).toContain('stopped');

    const requests = envelopes.filter((e) => e.data?.baseType === 'RequestData');
    const dependencies = envelopes.filter((e) => e.data?.baseType === 'RemoteDependencyData');
    expect(requests.map((e) => e.data?.baseData?.name)).toContain('yiqi.turn');
    const dependencyNames = dependencies.map((e) => e.data?.baseData?.name);
    expect(dependencyNames).toEqual(
      expect.arrayContaining(['yiqi.dialog', 'yiqi.search', 'yiqi.storage.read']),
    );
    expect(requests[0]!.tags?.['ai.cloud.role']).toBe('yiqi-azure-test');
    const metricNames = envelopes
      .filter((e) => e.data?.baseType === 'MetricData')
      .flatMap((e) => e.data?.baseData?.metrics?.map((m) => m.name) ?? []);
    expect(metricNames).toEqual(expect.arrayContaining(['yiqi.turns', 'yiqi.outcomes']));
    expect(JSON.stringify(envelopes)).not.toContain('无缝续贷怎么申请');
  }, 180_000);
});
