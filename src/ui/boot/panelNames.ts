/** The lab's panels, as named by the `view=` parameter. */
export const PANEL_NAMES = ['graph', 'chart', 'narration', 'controls', 'details'] as const;

/** One panel's name. */
export type PanelName = (typeof PANEL_NAMES)[number];
