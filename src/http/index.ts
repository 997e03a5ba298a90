/** `clause-continuity/server`: the HTTP app, for a process that listens or a test that drives it in-process. */
export { createApp, type AppDeps } from './app';
export { listen } from './listen';
