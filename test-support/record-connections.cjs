// Preloaded (NODE_OPTIONS=--require) into the action in tests that must prove it connects nowhere:
// appends every outgoing connection attempt to the file named by RECORD_CONNECTIONS_TO.
const net = require('node:net');
const fs = require('node:fs');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordConnect(...args) {
  // net.connect() hands over its arguments normalized into an array: [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  const where = options.path ?? `${options.host ?? 'localhost'}:${options.port}`;
  fs.appendFileSync(process.env.RECORD_CONNECTIONS_TO, `${where}\n`);
  return connect.apply(this, args);
};
