import { buildDocument } from '../../shared/document';
for (const t of process.argv.slice(2)) {
  const d = buildDocument(t, 'x.txt', '2026-01-01T00:00:00Z');
  for (const c of d.claims) console.log(JSON.stringify(c.quote), 'kind=', c.kind, 'unit=', c.unit, 'kind=', c.kind, 'unit=', c.unit, 'met=', c.metric, 'per=', c.period);
  console.log('--');
}
