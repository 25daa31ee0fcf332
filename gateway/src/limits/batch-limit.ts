import { HttpError } from '@salesgraph/service-kit';

/**
 * Bounds HTTP batching before any operation in the batch is parsed: a batch
 * of N operations costs N times, whatever each one's own limits say.
 */
export function checkBatchSize(body: unknown, maxBatch: number): void {
  if (Array.isArray(body) && body.length > maxBatch) {
    throw new HttpError(
      400,
      'BATCH_TOO_LARGE',
      `A batch may hold at most ${maxBatch} operations; this one has ${body.length}.`,
    );
  }
  if (Array.isArray(body) && body.length === 0) {
    throw new HttpError(400, 'BAD_REQUEST', 'An empty batch holds no operation.');
  }
}
