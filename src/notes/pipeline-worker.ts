import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, type PipelineOptions } from './pipeline.ts';
import type { Request } from './workers.ts';

// One pipeline per thread: the trees it parses while reading stay here until it renders them.
const pipeline = createPipeline(workerData as PipelineOptions);
const port = parentPort!;
port.on('message', (request: Request) => {
  const result =
    request.type === 'read'
      ? request.inputs.map(({ file, bytes }) => pipeline.read(file, bytes))
      : pipeline.render(request.jobs, request.context);
  port.postMessage({ id: request.id, result });
});
port.postMessage('ready');
