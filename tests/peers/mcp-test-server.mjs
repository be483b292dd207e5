// SPDX-License-Identifier: Apache-2.0
// The project's configurable MCP test server on the official TypeScript SDK (installed
// with the npm peers): the Streamable HTTP transport as real servers run it, bent by flags.
//   node mcp-test-server.mjs --port N [--tools K] [--page-size P] [--token T] [--json]
//                            [--stateless]
//   --tools K       tools "echo" and tool_0 … tool_{K-1} (default 3)
//   --page-size P   tools/list pages of P tools with an opaque nextCursor (default: one page)
//   --token T       every request needs "Authorization: Bearer T"; otherwise 401 with a
//                   WWW-Authenticate challenge naming the protected-resource metadata (and
//                   error="invalid_token" when a wrong token was sent)
//   --json          answer POSTs with application/json instead of an SSE stream
//   --stateless     no Mcp-Session-Id: a new transport per request
// Listens on 127.0.0.1 only. Stops on SIGTERM/SIGINT.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  isInitializeRequest,
} from '@modelcontextprotocol/sdk/types.js';

const args = process.argv.slice(2);
const value = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const port = Number(value('--port', '0'));
const toolCount = Number(value('--tools', '3'));
const pageSize = Number(value('--page-size', '0'));
const token = value('--token', '');
const jsonAnswers = args.includes('--json');
const stateless = args.includes('--stateless');

const tools = [
  {
    name: 'echo',
    description: 'Returns its message',
    inputSchema: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
  },
];
for (let i = 0; i < toolCount; i++)
  tools.push({ name: `tool_${i}`, description: `Test tool ${i}`, inputSchema: { type: 'object' } });

// One MCP server object per session (the SDK binds a Server to one transport).
function newServer() {
  const server = new Server({ name: 'aibi-test-server', version: '1.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async (request) => {
    if (pageSize <= 0) return { tools };
    const cursor = request.params?.cursor;
    const start = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
    if (!Number.isInteger(start) || start < 0 || start > tools.length)
      throw new Error(`invalid cursor ${cursor}`);
    const page = { tools: tools.slice(start, start + pageSize) };
    if (start + pageSize < tools.length)
      page.nextCursor = Buffer.from(String(start + pageSize)).toString('base64url');
    return page;
  });
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const text = request.params.name === 'echo'
      ? String(request.params.arguments?.message ?? '')
      : `${request.params.name} ok`;
    return { content: [{ type: 'text', text }] };
  });
  return server;
}

const sessions = new Map(); // Mcp-Session-Id -> transport

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > 1 << 20) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function refuse(res, status, code, message) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
}

const httpServer = http.createServer(async (req, res) => {
  const base = `http://127.0.0.1:${httpServer.address().port}`;
  const url = new URL(req.url, base);
  if (url.pathname === '/.well-known/oauth-protected-resource/mcp') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ resource: `${base}/mcp`, authorization_servers: [] }));
    return;
  }
  if (url.pathname !== '/mcp') {
    res.writeHead(404).end();
    return;
  }
  if (token && req.headers.authorization !== `Bearer ${token}`) {
    // RFC 6750 3.1: a token that was presented and refused is an invalid_token.
    const presented = req.headers.authorization ? 'error="invalid_token", ' : '';
    res.setHeader('WWW-Authenticate',
      `Bearer ${presented}resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`);
    refuse(res, 401, -32001, 'Unauthorized');
    return;
  }
  try {
    let body;
    if (req.method === 'POST') {
      const text = await readBody(req);
      try {
        body = JSON.parse(text);
      } catch {
        refuse(res, 400, -32700, 'Parse error');
        return;
      }
    }
    if (stateless) {
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: jsonAnswers });
      res.on('close', () => transport.close());
      await newServer().connect(transport);
      await transport.handleRequest(req, res, body);
      return;
    }
    const id = req.headers['mcp-session-id'];
    let transport = id ? sessions.get(id) : undefined;
    if (!transport) {
      if (id) {
        refuse(res, 404, -32001, 'Session not found');
        return;
      }
      if (req.method !== 'POST' || !isInitializeRequest(body)) {
        refuse(res, 400, -32000, 'Bad Request: No valid session ID provided');
        return;
      }
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        enableJsonResponse: jsonAnswers,
        onsessioninitialized: (sid) => sessions.set(sid, transport),
      });
      transport.onclose = () => {
        if (transport.sessionId) sessions.delete(transport.sessionId);
      };
      await newServer().connect(transport);
    }
    await transport.handleRequest(req, res, body);
  } catch (error) {
    if (!res.headersSent) refuse(res, 500, -32603, String(error?.message ?? error));
  }
});

httpServer.listen(port, '127.0.0.1', () => {
  console.error(`aibi test server on http://127.0.0.1:${httpServer.address().port}/mcp ` +
    `tools=${tools.length} page=${pageSize} json=${jsonAnswers} stateless=${stateless} token=${token ? 'yes' : 'no'}`);
});
const stop = () => httpServer.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
