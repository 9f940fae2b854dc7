import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';

const ROOT = fileURLToPath(new URL('../demo/helpdesk/', import.meta.url));
const FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/demo.css': 'demo.css',
  '/demo.js': 'demo.js',
  '/scripts.js': 'scripts.js',
};
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/**
 * Serves the demo helpdesk (and, for tests, any extra pages) on loopback only.
 * `extraPages` maps a path to an HTML string, so e2e tests can serve fixture pages too.
 */
export async function startDemoServer(opts: { port?: number; extraRoots?: Record<string, string> } = {}): Promise<{ url: string; app: FastifyInstance }> {
  const app = Fastify({ logger: false });
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const file = FILES[path] ?? extraFile(path, opts.extraRoots);
    if (!file) return reply.code(404).type('text/plain').send('not found');
    const body = await readFile(file.startsWith('/') ? file : join(ROOT, file));
    return reply.type(TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream').send(body);
  });
  const address = await app.listen({ host: '127.0.0.1', port: opts.port ?? 0 });
  return { url: address.replace('localhost', '127.0.0.1'), app };
}

/** `/fixtures/<name>/...` under a test fixture root; `..` can never leave it. */
function extraFile(path: string, roots: Record<string, string> | undefined): string | undefined {
  if (!roots || path.includes('..')) return undefined;
  for (const [prefix, dir] of Object.entries(roots)) {
    if (path.startsWith(prefix)) return join(dir, path.slice(prefix.length));
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.DEMO_PORT ?? 5173);
  const { url } = await startDemoServer({ port });
  console.log(`Demo helpdesk on ${url}/`);
}
