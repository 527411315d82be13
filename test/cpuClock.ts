/**
 * Time a test may bound without depending on how busy the machine is: the CPU time this process spends (user +
 * system), which other processes on the machine do not move. Given to an import's Budget as its clock, the
 * import's own time cap counts this process's work, not the wall clock.
 * @example new Budget({ timeMs: 20_000 }, cpuClock)
 */
export function cpuClock(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

