#!/usr/bin/env node
import { runCli } from './commands/run';

/** What a shell reports for a process a SIGPIPE ended (128 + 13), as `yes | head` does. */
const CLOSED_PIPE_EXIT = 141;

// A reader that stops early (`cli align … | head`) closes the pipe: Node ignores SIGPIPE and
// raises EPIPE on the stream instead, which unhandled is a stack trace. Nobody is left to read
// the rest, so stop at once, quietly, with the status a Unix tool killed by SIGPIPE would give.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT);
    throw error;
  });
}

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
