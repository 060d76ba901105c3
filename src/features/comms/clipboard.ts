// Copying a message: the asynchronous clipboard API, which needs a secure context and the page's
// focus. When it is refused, the caller shows the text for a manual copy instead.
export async function copyText(text: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!navigator.clipboard?.writeText) return { ok: false, reason: 'this browser does not allow pages to write to the clipboard here' };
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
