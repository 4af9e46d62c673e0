/**
 * IPC round trip through the browser-host transport: the real host server (startCore +
 * startHostServer) in this process and a real `ws` client that connects the way the
 * renderer does (token subprotocol, Origin header). Anchor: a bare `ws` server that answers
 * every frame with a fixed frame of the same size as the real reply, so both runs move the
 * same bytes and do the same client-side JSON work; the difference is the host's own cost
 * (frame checks, dispatcher, zod validation of input and output).
 */
import { startCore } from '../../electron/core/core';
import { startHostServer } from '../../electron/host/server';
import { WS_PROTOCOL, WS_TOKEN_PREFIX, type ClientFrame, type ServerFrame } from '../../shared/ipc/bridge';
import { measureInterleaved, summarize } from './stats';
import { SequentialClient, startRawServer } from './ws-echo';
import { row, type Benchmark, type Row } from './report';
import { distFile, withTempDir } from './support';

const BENCH = 'ipc-roundtrip';
const WARMUP = 300;
const BLOCKS = 8;
const P95_LIMIT_MS = 2;
const RATIO_LIMIT = 2;

export const ipcRoundtrip: Benchmark = {
  name: BENCH,
  summary: 'app.info over the browser-host WebSocket vs a raw ws echo of the same frame sizes',
  run: (options) =>
    withTempDir(BENCH, async (dataDir) => {
      const core = await startCore({
        dataDir,
        transport: 'browser-host',
        autoSync: false, // no background sync of the Sandbox profile while measuring
        dbWorkerScript: distFile('electron/db-worker.js'),
      });
      const host = await startHostServer(core, { port: 0, rendererDir: distFile('renderer') });
      let ipc: SequentialClient | null = null;
      let raw: SequentialClient | null = null;
      let rawServer: Awaited<ReturnType<typeof startRawServer>> | null = null;
      try {
        ipc = await SequentialClient.connect(
          `ws://127.0.0.1:${host.port}/ipc`,
          [WS_PROTOCOL, WS_TOKEN_PREFIX + host.token],
          { Origin: `http://127.0.0.1:${host.port}` },
        );
        let id = 0;
        const request = () => JSON.stringify({ t: 'invoke', id: ++id, channel: 'app.info' } satisfies ClientFrame);

        // One real call: checks the transport works and gives the reply size for the anchor.
        const sampleRequest = request();
        const sampleReply = await ipc.call(sampleRequest);
        const parsed = JSON.parse(sampleReply) as ServerFrame;
        if (parsed.t !== 'result' || !parsed.result.ok) throw new Error(`app.info failed: ${sampleReply}`);
        const reqBytes = Buffer.byteLength(sampleRequest);
        const replyBytes = Buffer.byteLength(sampleReply);

        rawServer = await startRawServer(sampleReply);
        raw = await SequentialClient.connect(rawServer.url);
        const ipcClient = ipc;
        const rawClient = raw;

        const samples = await measureInterleaved(
          {
            ipc: async () => {
              const frameId = id + 1;
              const frame = JSON.parse(await ipcClient.call(request())) as ServerFrame;
              if (frame.t !== 'result' || frame.id !== frameId || !frame.result.ok)
                throw new Error('bad app.info reply');
            },
            raw: async () => {
              const frame = JSON.parse(await rawClient.call(request())) as ServerFrame;
              if (frame.t !== 'result') throw new Error('bad echo reply');
            },
          },
          { warmup: WARMUP, samples: options.samples, blocks: BLOCKS },
        );
        const a = summarize(samples.ipc!);
        const b = summarize(samples.raw!);
        const anchorName = (stat: string) => `raw ws echo ${stat} (${reqBytes} B → ${replyBytes} B)`;
        const ratio = a.p95 / b.p95;
        options.log(`${BENCH}: frames ${reqBytes} B request, ${replyBytes} B reply`);
        return [
          row(BENCH, 'app.info p50', a.p50, 'ms', a.n, {
            anchor: { name: anchorName('p50'), value: b.p50, unit: 'ms' },
          }),
          row(BENCH, 'app.info p95', a.p95, 'ms', a.n, {
            anchor: { name: anchorName('p95'), value: b.p95, unit: 'ms' },
            target: `≤ ${P95_LIMIT_MS} ms and ≤ ${RATIO_LIMIT}× raw echo p95`,
            met: a.p95 <= P95_LIMIT_MS && ratio <= RATIO_LIMIT,
          }),
          row(BENCH, 'app.info p99', a.p99, 'ms', a.n, {
            anchor: { name: anchorName('p99'), value: b.p99, unit: 'ms' },
          }),
          row(BENCH, 'app.info mean', a.mean, 'ms', a.n, {
            anchor: { name: anchorName('mean'), value: b.mean, unit: 'ms' },
          }),
          row(BENCH, 'app.info p95 / raw echo p95', ratio, '×', a.n, {
            anchor: { name: anchorName('p95'), value: b.p95, unit: 'ms' },
            target: `≤ ${RATIO_LIMIT}×`,
            met: ratio <= RATIO_LIMIT,
          }),
        ] satisfies Row[];
      } finally {
        await raw?.close();
        await ipc?.close();
        await rawServer?.close();
        await host.close();
        await core.close();
      }
    }),
};
