import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// The baseline: a bare Node HTTP server answering every request with the same bytes the API gave.
const [file, port] = process.argv.slice(2) as [string, string];
const body = readFileSync(file);
createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body));
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
