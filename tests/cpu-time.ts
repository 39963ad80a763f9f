/**
 * Milliseconds of CPU this thread spent in `run`. Unlike wall time it does not grow when other
 * test files or builds share the cores, so bounds on it hold on a busy machine and can be tight.
 */
export function cpuMs(run: () => unknown): number {
  const start = process.threadCpuUsage();
  run();
  const { user, system } = process.threadCpuUsage(start);
  return (user + system) / 1000;
}
