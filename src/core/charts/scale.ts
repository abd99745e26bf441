/** A round step for about four axis ticks up to max (1, 2 or 5 times a power of ten). */
export function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const candidates = [1, 2, 5, 10].map((factor) => factor * power);
  return Math.max(1, candidates.find((candidate) => candidate >= rough) ?? power * 10);
}

/** The axis top (a multiple of the step) and its ticks, for values up to max. */
export function axisTicks(max: number): { top: number; ticks: number[] } {
  const step = niceStep(Math.max(1, max));
  const top = Math.ceil(Math.max(1, max) / step) * step;
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step) };
}
