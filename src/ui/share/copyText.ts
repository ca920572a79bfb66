/**
 * Copies `text` to the clipboard; false where the browser has none or refuses it (a sandboxed frame,
 * no permission, an insecure context), so the caller can offer it to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
