import type { BootConfig } from './bootConfig';

/** Pure. The lab actor's input for the page's boot settings; a step number opens at that step. */
export function labInputOf(config: BootConfig) {
  return {
    script: config.script,
    ...(config.seed === undefined ? {} : { seed: config.seed }),
    ...(config.profile === undefined ? {} : { profile: config.profile }),
    ...(config.speed === undefined ? {} : { speed: config.speed }),
    at: config.at,
  };
}
