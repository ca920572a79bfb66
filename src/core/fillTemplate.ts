/** `{name}` placeholders in a sentence template: script problems (core) and the UI's message catalogue. */

const PLACEHOLDER = /\{(\w+)\}/g;

/** Values for a template's placeholders, by name. */
export type TemplateParams = Readonly<Record<string, string | number>>;

/**
 * Pure. Fills `{name}` placeholders from `params`; a placeholder without a value stays as written, so a
 * gap shows instead of throwing.
 */
export function fillTemplate(template: string, params: TemplateParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Pure. The `{param}` names a template uses, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
