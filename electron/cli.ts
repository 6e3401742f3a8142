// Crosscheck on the command line: the same services the app uses, headless. The commands are a
// table (electron/cli/commands.ts); electron/cli/run.ts parses, picks the language and the exit status.
import { runCli } from './cli/run';

export { runCli };

const isMain = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  // A closed pipe (`cli … | head -1`) is not an error worth a stack trace, nor a reason to stop halfway: the rest of
  // that stream's output has nowhere to go, and the command still finishes — its workspace closed, its lock let go —
  // with its own exit status. (Exiting at the first failed write left the lock behind: the next command took it over
  // from a dead process and said so.)
  const open = { out: true, err: true };
  const closedPipe = (stream: 'out' | 'err') => (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    open[stream] = false;
  };
  process.stdout.on('error', closedPipe('out'));
  process.stderr.on('error', closedPipe('err'));
  // Ctrl-C: a command that can stop between two items (an import) does, keeps what it did and closes its workspace;
  // any other command, or a second Ctrl-C, ends the process at once (130, as a shell reports SIGINT). What was saved
  // is saved either way: every action is a durable commit, and a lock left by a dead process is taken over.
  let stop: (() => void) | null = null;
  process.on('SIGINT', () => {
    if (stop === null) process.exit(130);
    const now = stop;
    stop = null;
    now();
  });
  void runCli(process.argv.slice(2), {
    out: (text) => void (open.out && process.stdout.write(text + '\n')),
    err: (text) => void (open.err && process.stderr.write(text + '\n')),
    onInterrupt: (fn) => {
      stop = fn;
      return () => {
        if (stop === fn) stop = null;
      };
    },
  }).then((code) => {
    process.exitCode = code;
  });
}
