// SPDX-License-Identifier: Apache-2.0
// A second opinion on yamux: yamux-js (a port of hashicorp/yamux) over TCP on 127.0.0.1.
//   node yamux-peer.cjs server   listens; echoes every stream; pings every second;
//                                prints "port N" first
//   node yamux-peer.cjs client PORT COUNT
//                                opens a stream to our server, sends COUNT messages of
//                                1 KiB in lockstep (the next once the last came back),
//                                exits 0 when all came back intact (else 1, with why)
// yamux-js 0.2.0 drops a data frame split across two TCP reads and ignores FIN (its
// processFlags compares flags for equality, with SYN where FIN is meant), so both sides
// speak in lockstep and count bytes instead of waiting for the end of a stream.
const net = require('net');
const { Server, Client } = require('yamux-js');

const config = { enableKeepAlive: true, keepAliveInterval: 1, logger: () => {} };
const mode = process.argv[2];
if (mode === 'server') {
    const tcp = net.createServer((socket) => {
        const mux = new Server((stream) => {
            stream.on('data', (d) => stream.write(d));
            stream.on('error', () => {});
        }, config);
        mux.on('error', () => socket.destroy());
        socket.on('error', () => {});
        socket.pipe(mux).pipe(socket);
    });
    tcp.listen(0, '127.0.0.1', () => console.log(`port ${tcp.address().port}`));
} else if (mode === 'client') {
    const count = Number(process.argv[4]);
    const socket = net.connect(Number(process.argv[3]), '127.0.0.1');
    const mux = new Client({ ...config, enableKeepAlive: false });
    socket.pipe(mux).pipe(socket);
    const message = (n) => Buffer.alloc(1024, n & 0xff);
    const stream = mux.open();
    let sent = 0;
    let pending = Buffer.alloc(0);
    stream.on('data', (d) => {
        pending = Buffer.concat([pending, d]);
        while (pending.length >= 1024) {
            if (!pending.subarray(0, 1024).equals(message(sent - 1))) {
                console.log(`message ${sent - 1} came back changed`);
                process.exit(1);
            }
            pending = pending.subarray(1024);
            if (sent === count) { console.log('echo ok'); process.exit(0); }
            stream.write(message(sent++));
        }
    });
    stream.write(message(sent++));
    setTimeout(() => { console.log(`timeout after ${sent} messages`); process.exit(1); }, 20000);
} else {
    console.error('usage: yamux-peer.cjs server | client PORT BYTES');
    process.exit(2);
}
