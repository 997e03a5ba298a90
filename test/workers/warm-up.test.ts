import { join } from 'node:path';
import { AppError, OverloadedError, PayloadTooLargeError } from '../../src/errors';
import { createPool } from '../../src/workers/pool';
import { recordingLogger } from '../fixtures/logs';

test.each([
  ['an internal fault', false, 'the warm-up data is missing'],
  ['a refusal', true, 'the warm-up input is over its limit'],
])(
  'a worker whose warm-up fails with %s still serves, and the failure is logged once with its cause, not crashing the worker',
  async (_, refuses, message) => {
    const { logger, lines } = recordingLogger();
    const pool = createPool<{ double: number }, number>({
      name: 'test',
      dir: join(__dirname, '..', 'fixtures', 'failing-warm-up'),
      size: 1,
      workerData: { refuses },
      deadlineMs: 20_000,
      queueWaitMs: 20_000,
      queueLength: 4,
      logger,
      lateError: () => new AppError('internal', 'late'),
      waitError: () => new OverloadedError('busy'),
      memoryError: () => new PayloadTooLargeError('memory'),
    });
    try {
      expect(await pool.run({ double: 21 })).toBe(42);
      expect(await pool.run({ double: 2 })).toBe(4);
      const failed = lines.filter((l) => l.msg === 'worker warm-up failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ pool: 'test', err: expect.objectContaining({ message }) });
      expect(lines.map((l) => l.msg)).not.toContain('worker crashed');
      expect(lines.map((l) => l.msg)).not.toContain('worker replaced');
    } finally {
      await pool.close();
    }
  },
  30_000,
);
