// Crosscheck on the command line: the same services the app uses, headless. The commands are a
// table (electron/cli/commands.ts); electron/cli/run.ts parses, picks the language and the exit status.
import { runCli } from './cli/run';

export { runCli };

/**
 * How soon after the Ctrl-C that asked a stop another SIGINT is still that press, passed on by a launcher (see below):
 * far shorter than a person's second press, far longer than a relay's 30 ms.
 */
const SAME_PRESS_MS = 250;

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
  // One press of Ctrl-C can arrive twice: the terminal signals the whole process group, and a launcher in that group
  // may pass the signal on to this process as well (tsx's command line does, when its child has not answered the
  // signal within some 30 ms: the stop asked during an import then ended the run at 130, its result unprinted and its
  // lock left behind). A signal within SAME_PRESS_MS of the one that asked the stop is that same press.
  let stop: (() => void) | null = null;
  let stoppedAt = Number.NEGATIVE_INFINITY;
  process.on('SIGINT', () => {
    if (performance.now() - stoppedAt < SAME_PRESS_MS) return;
    if (stop === null) process.exit(130);
    const now = stop;
    stop = null;
    stoppedAt = performance.now();
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
