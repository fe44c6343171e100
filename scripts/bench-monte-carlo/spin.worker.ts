/// <reference lib="webworker" />
/**
 * The control of `npm run bench:browser`'s worker ratio: `n` steps of a plain arithmetic loop
 * (no memory, no messages but one), answered with the time it took. What 1 and N of these give
 * is the parallelism the machine grants the browser at that moment, the most N Monte Carlo
 * workers could gain.
 */
self.onmessage = (event: MessageEvent<number>) => {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < event.data; i++) x = (x * 1.0000001 + i) % 1e9;
  self.postMessage({ x, ms: performance.now() - t0 });
};
