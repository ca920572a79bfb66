/**
 * Most steps one run may take (runScript's default `maxSteps`). It also bounds the step an `at` line or
 * a URL's `step=` may name: no run reaches a step past it.
 */
export const MAX_RUN_STEPS = 200_000;
