/**
 * Hostile request lines against the static server (scripts/lib/static-server.ts): bad targets
 * (absolute-form, authority-form, "//[", broken percent-encoding, NUL, overlong), path
 * traversal, junk bytes, bad headers and ranges, and random mutations of valid requests, sent
 * raw over TCP. For each: an HTTP status line within the time limit (else "hang"), no file from
 * outside the served folder, and the server still answers a plain GET / afterwards (else
 * "crash"). A 4xx is "clear"; a 2xx, 3xx or 404 shell is "accepted".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { mulberry32 } from '../../src/lib/forecast/random.ts';
import { caseSeed, record, type FuzzReport } from './report.ts';

const LIMIT_MS = 2000;
const SECRET = 'secret-outside-the-root';

function rawRequest(port: number, bytes: Buffer): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, LIMIT_MS);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (d) => {
      data += d.toString('latin1');
      // The status line and headers are enough to judge; the body may be long.
      if (data.includes('\r\n\r\n')) socket.end();
    });
    const done = () => {
      clearTimeout(timer);
      resolve(data);
    };
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', done);
  });
}

const TARGETS = [
  '//[',
  'http://[',
  '//a:b@c:99999/',
  '//%5B',
  'http://x:abc/',
  '*',
  'example.com:443',
  'http://example.com/',
  '/%',
  '/%zz',
  '/%00',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt',
  '/../secret.txt',
  '/..%2fsecret.txt',
  '/%2e%2e/%2e%2e/secret.txt',
  '/..\\secret.txt',
  '/./../../secret.txt',
  '/sites/../../secret.txt',
  '/?q=' + 'x'.repeat(9000),
  '/' + 'a/'.repeat(3000),
  '/\u0000',
  '/carte?%',
  '/data/x.parquet#frag'
];
const RANGES = [
  'bytes=0-1,2-3',
  'bytes=-',
  'bytes=abc',
  'bytes=99999999999999999999-',
  'lines=1-2',
  'bytes=5-2',
  'bytes=-0',
  'bytes= 0-1'
];
const METHODS = ['GET', 'HEAD', 'POST', 'DELETE', 'TRACE', 'CONNECT', 'PATCH', 'G\u00e9T', ''];

function generate(rand: () => number): { category: string; bytes: Buffer } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const kind = Math.floor(rand() * 6);
  if (kind === 0)
    return {
      category: 'hostile target',
      bytes: Buffer.from(`GET ${pick(TARGETS)} HTTP/1.1\r\nHost: x\r\n\r\n`, 'latin1')
    };
  if (kind === 1)
    return {
      category: 'bad range',
      bytes: Buffer.from(
        `GET ${pick(['/data/x.parquet', '/', '/nulle-part'])} HTTP/1.1\r\nHost: x\r\nRange: ${pick(RANGES)}\r\n\r\n`
      )
    };
  if (kind === 2)
    return {
      category: 'odd method',
      bytes: Buffer.from(`${pick(METHODS)} / HTTP/1.1\r\nHost: x\r\n\r\n`, 'latin1')
    };
  if (kind === 3) {
    const junk = Buffer.alloc(1 + Math.floor(rand() * 200));
    for (let i = 0; i < junk.length; i++) junk[i] = Math.floor(rand() * 256);
    return { category: 'random bytes', bytes: Buffer.concat([junk, Buffer.from('\r\n\r\n')]) };
  }
  if (kind === 4)
    return {
      category: 'bad header',
      bytes: Buffer.from(
        `GET / HTTP/1.1\r\n${pick(['Host x', ': empty', 'X: ' + 'y'.repeat(20000), 'Content-Length: -1', 'Transfer-Encoding: chunked\r\n\r\nzz', 'Host: a\r\nHost: b'])}\r\n\r\n`,
        'latin1'
      )
    };
  // A valid request with one byte changed.
  const valid = Buffer.from(
    `GET /sites/aesc-douai HTTP/1.1\r\nHost: x\r\nRange: bytes=0-3\r\n\r\n`
  );
  const i = Math.floor(rand() * (valid.length - 4));
  valid[i] = Math.floor(rand() * 256);
  return { category: 'mutated request', bytes: valid };
}

export async function fuzz(seed: number, count: number): Promise<FuzzReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'releve-fuzz-'));
  const root = path.join(dir, 'root');
  mkdirSync(path.join(root, 'data'), { recursive: true });
  mkdirSync(path.join(root, 'sites'));
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1><script>1</script>');
  writeFileSync(path.join(root, '200.html'), '<h1>app</h1>');
  writeFileSync(path.join(root, 'sites', 'aesc-douai.html'), '<h1>AESC</h1>');
  writeFileSync(path.join(root, 'data', 'x.parquet'), Buffer.from('0123456789'));
  const server = createStaticServer(root);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const report: FuzzReport = { byCategory: {}, failures: [] };
  try {
    for (let i = 0; i < count; i++) {
      const cs = caseSeed(seed, i);
      const { category, bytes } = generate(mulberry32(cs));
      const answer = await rawRequest(port, bytes);
      const input = JSON.stringify(bytes.toString('latin1').slice(0, 120));
      const fail = (outcome: 'crash' | 'hang', problem: string) => {
        record(report, category, outcome);
        report.failures.push({ caseSeed: cs, category, outcome, input, problem });
      };
      if (answer === null) {
        fail('hang', `no answer within ${LIMIT_MS} ms`);
        continue;
      }
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1];
      const after = await rawRequest(
        port,
        Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
      );
      if (!after?.startsWith('HTTP/1.1 200')) fail('crash', 'the server stopped answering GET /');
      else if (answer.includes(SECRET)) fail('crash', 'served a file outside its folder');
      else if (!status) fail('crash', `no status line: ${JSON.stringify(answer.slice(0, 60))}`);
      else if (Number(status) >= 500) fail('crash', `answered ${status}`);
      else
        record(report, category, Number(status) >= 400 && status !== '404' ? 'clear' : 'accepted');
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
