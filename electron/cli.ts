// Crosscheck on the command line: the same services the app uses, headless. The commands are a
// table (electron/cli/commands.ts); electron/cli/run.ts parses, picks the language and the exit status.
import { runCli } from './cli/run';

export { runCli };

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  void runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
  }).then((code) => {
    process.exitCode = code;
  });
}
