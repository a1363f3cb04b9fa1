/** `npm start`'s first step: stops at once, in one line, if Electron's binary is missing. */
import { checkElectronBinary } from './electron-binary';

const problem = checkElectronBinary();
if (problem !== null) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
