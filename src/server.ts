import { createApp } from './http/app';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = createApp().listen(port, host, () => {
  console.log(JSON.stringify({ msg: 'listening', url: `http://${host}:${port}` }));
});

// Finish in-flight requests, then exit: a deploy must not cut a caller off mid-answer.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
  });
}
