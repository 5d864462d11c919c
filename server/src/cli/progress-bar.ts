/** A one-line progress bar on stderr: done/total, documents per second, ETA. */

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/** Draws on a terminal; elsewhere (CI logs, pipes) prints a line every 10% so logs stay short. */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const started = Date.now();
  let lastDecile = -1;
  let drawn = false;
  return {
    update(done, total) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? (total - done) / rate : 0;
      const fraction = total ? done / total : 1;
      const line =
        `${label} [${"#".repeat(Math.round(fraction * WIDTH)).padEnd(WIDTH, ".")}] ${done}/${total} ` +
        `${rate.toFixed(1)} docs/s ETA ${eta.toFixed(0)} s`;
      if (stream.isTTY) {
        stream.write(`\r${line}`);
        drawn = true;
      } else if (Math.floor(fraction * 10) > lastDecile) {
        lastDecile = Math.floor(fraction * 10);
        stream.write(`${line}\n`);
      }
    },
    finish() {
      if (drawn) stream.write("\n");
    },
  };
}
