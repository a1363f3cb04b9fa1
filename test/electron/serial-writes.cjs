// Loaded with `node --require` before Electronegativity: its CLI writes the CSV header and
// the rows with two fs.writeFile calls that race (the header's truncating write can land
// after the rows, leaving a file of just the header), which under load failed the scan.
// Writes to one file here run in the order they were asked for, so the CSV is always whole.
const fs = require('node:fs');

const writeFile = fs.writeFile;
const queues = new Map();

fs.writeFile = function writeInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const settings = typeof options === 'function' ? {} : options;
  const key = String(file);
  const turn = (queues.get(key) ?? Promise.resolve()).then(
    () =>
      new Promise((resolve) => {
        writeFile.call(fs, file, data, settings, (error) => {
          resolve();
          done?.(error);
        });
      }),
  );
  queues.set(key, turn);
};
