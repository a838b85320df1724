// Preloaded (NODE_OPTIONS=--require) into the action to stage what its own timeouts exist to prevent: a connection
// that never connects, never fails and never times out. Sockets are never opened and every timer is unref'd, so that
// nothing keeps Node running: it runs out of work while the step still waits on its first call.
const net = require('node:net');

// Connecting for ever: writes wait for a connection (net.Socket queues them while `connecting`) that never comes.
net.Socket.prototype.connect = function stalledConnect() {
  this.connecting = true;
  return this;
};
for (const name of ['setTimeout', 'setInterval']) {
  const original = globalThis[name];
  globalThis[name] = (...args) => original(...args).unref();
}
