/** The iframe's postMessage API: commands in, events out (docs/embed.md; issue #4). */
export function usePostMessageApi(): void {}
