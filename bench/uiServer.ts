/**
 * The production build served for the UI benchmark: `vite build`, then `vite preview` as a child process
 * on a fixed port. The caller stops it; it is also stopped if this process exits.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * Fixed, uncommon port, apart from the dev server (5173) and the e2e server (4873); $UI_BENCH_PORT picks
 * another (two benchmarks on one machine).
 */
export const UI_BENCH_PORT = Number(process.env.UI_BENCH_PORT) || 4877;

const root = join(dirname(new URL(import.meta.url).pathname), '..');
// Vite's own launcher, run with this Node: no npx wrapper in between, so killing the child kills Vite.
const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/** Runs `vite build` in the project; rejects with its output when it fails. */
export function buildApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: root, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${output}`)),
    );
  });
}

/** A running `vite preview`. */
export type PreviewServer = {
  /** Base URL, e.g. http://127.0.0.1:4877/ */
  readonly url: string;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
};

/** Serves dist/ with `vite preview --strictPort`; resolves once it answers, rejects if it exits first. */
export async function startPreview(port = UI_BENCH_PORT, timeoutMs = 30_000): Promise<PreviewServer> {
  // Checked first: another server on the port would answer our readiness poll before Vite gives up.
  if (!(await portFree(port))) throw new Error(`port ${port} is busy; stop whatever listens there`);
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'pipe' },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const server: PreviewServer = {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`vite preview exited early (is port ${port} busy?):\n${output}`);
    try {
      const r = await fetch(server.url);
      if (r.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop();
  throw new Error(`vite preview did not answer on ${server.url} within ${timeoutMs} ms:\n${output}`);
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
