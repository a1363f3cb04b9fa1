// Loaded with `node --require` before Electronegativity: its CLI fetches translations and the
// Electron release list from GitHub with `got`. Tests never send traffic off this machine, so
// every `got` call fails at once, as it would offline; the scan itself needs no network.
const Module = require('node:module');

const offline = () => Promise.reject(new Error('network disabled for the offline scan'));
offline.head = offline;
offline.get = offline;

const load = Module._load;
Module._load = function loadWithoutNetwork(request, ...rest) {
  return request === 'got' ? offline : load.call(this, request, ...rest);
};
