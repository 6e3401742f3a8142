import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { BRIDGE_TOKEN_HEADER, bridgeToken } from '../bridgeToken';

const port = Number(process.env.CROSSCHECK_E2E_PORT ?? 4517);

/** A raw request, so the Host header can be what a DNS-rebinding page would send. */
function post(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

test('the bridge refuses a request without the run token, with a wrong one, or naming a foreign host', async () => {
  const host = `127.0.0.1:${port}`;
  expect(await post('/api/listArticles', { host })).toEqual({ status: 403, body: 'missing or wrong bridge token' });
  expect(await post('/api/listArticles', { host, [BRIDGE_TOKEN_HEADER]: 'x'.repeat(48) })).toMatchObject({ status: 403 });
  expect(await post('/__test/reset', { host })).toMatchObject({ status: 403 });
  expect(await post('/api/listArticles', { host: 'evil.example', [BRIDGE_TOKEN_HEADER]: bridgeToken() })).toEqual({ status: 403, body: 'forbidden host' });
  expect(await post(`/api/listArticles`, { host: `evil.example:${port}`, [BRIDGE_TOKEN_HEADER]: bridgeToken() })).toMatchObject({ status: 403 });

  const allowed = await post('/api/listArticles', { host, [BRIDGE_TOKEN_HEADER]: bridgeToken() });
  expect(allowed.status).toBe(200);
  expect(JSON.parse(allowed.body)).toMatchObject({ ok: true });
});
