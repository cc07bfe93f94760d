/**
 * A JSX event handler that runs async work. Preact ignores what a handler returns, so a
 * rejected promise would be lost (an unhandled rejection nobody sees): the error goes to
 * `report` instead, which shows it where that surface shows its errors (its status or
 * alert line). ESLint's no-misused-promises refuses an async function passed to a JSX
 * attribute, so every such handler goes through here (or handles its errors and is voided).
 */
export function asyncHandler<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
  report: (err: unknown) => void,
): (...args: A) => void {
  return (...args) => void action(...args).catch(report);
}
