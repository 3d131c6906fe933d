/**
 * A form's message about its last try ("Please add a name.", "Pick a number first.") stops
 * applying once the person leaves that form for something else: it should not stay on screen
 * beside unrelated work. `clearWhenLeft(clear)` is a `focusout` listener for the form that
 * calls `clear` when focus moves outside it (or onto nothing, a click on plain page). It does
 * not clear when the window itself loses focus (switching apps): the message is still there
 * when the person comes back.
 */
export function clearWhenLeft(clear: () => void): (e: FocusEvent) => void {
  return (e: FocusEvent) => {
    const form = e.currentTarget as Element;
    const next = e.relatedTarget as Node | null;
    if (next ? form.contains(next) : !document.hasFocus()) return;
    clear();
  };
}
