import { serveTasks } from '../workers/serve';
import { convert, loadPdfJs, type ConvertTask } from './convert';

/** A parse worker: pdf.js and mammoth are loaded before it says it is ready, so a parse's deadline measures the parse. */
serveTasks(
  (task: ConvertTask) => convert(task),
  async () => {
    await loadPdfJs();
    await import('mammoth');
  },
);
