// BullMQ side of bench/queue: N jobs due now, a no-op worker at the given concurrency, timed from the worker's
// start until every job has completed. Jobs are removed on completion (as Pressdesk's queue forgets a published
// target). Prints one JSON line. Usage: node bench.js <jobs> <concurrency> <prefix> [host] [port]
'use strict';
const { Queue, Worker } = require('bullmq');
const IORedis = require('ioredis');

async function main() {
  const jobs = Number(process.argv[2] || 100000);
  const concurrency = Number(process.argv[3] || 50);
  const prefix = process.argv[4] || 'bench-bullmq';
  const connection = { host: process.argv[5] || '127.0.0.1', port: Number(process.argv[6] || 6379) };
  const name = 'noop';
  const queue = new Queue(name, { connection, prefix });
  try {
    const opts = { removeOnComplete: true, removeOnFail: true };
    for (let from = 0; from < jobs; from += 1000) {
      const batch = [];
      for (let i = from; i < Math.min(jobs, from + 1000); i++) {
        batch.push({ name, data: { i }, opts });
      }
      await queue.addBulk(batch);
    }
    let completed = 0;
    let resolveDone;
    const done = new Promise((resolve) => { resolveDone = resolve; });
    const started = process.hrtime.bigint();
    const worker = new Worker(name, async () => {}, {
      connection: new IORedis({ ...connection, maxRetriesPerRequest: null }), prefix, concurrency,
    });
    worker.on('completed', () => {
      completed++;
      if (completed === jobs) resolveDone();
    });
    worker.on('failed', (job, err) => { console.error('failed', err); });
    await done;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await worker.close();
    console.log(JSON.stringify({ jobs, concurrency, seconds, perSecond: jobs / seconds }));
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
