/** `npm run sim`: runs a script or scenario and prints a ladder, JSON trace or pcap capture. */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './runCli';

const result = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdoutIsTty: process.stdout.isTTY === true,
});
for (const w of result.writes) {
  if (w.to === 'stdout') process.stdout.write(w.data);
  else if (w.to === 'stderr') process.stderr.write(w.data);
  else writeFileSync(w.to.file, w.data);
}
process.exitCode = result.code;
