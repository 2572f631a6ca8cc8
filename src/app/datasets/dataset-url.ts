/** The dataset part of the URL: `?ds=<id>` names a dataset saved in the browser; absent means the built-in notes. */

/** The `ds` value of a query string, or null (built-in). Never throws. */
export function datasetParam(search: string): string | null {
  try {
    const value = new URLSearchParams(String(search ?? '')).get('ds');
    return value ? value : null;
  } catch {
    return null;
  }
}

/**
 * The query string for another dataset: `ds` set (or removed for the built-in notes), and the view's own
 * parameters dropped, since entity ids and types belong to the dataset they came from.
 */
export function searchForDataset(id: string | null): string {
  return id ? `?ds=${encodeURIComponent(id)}` : '';
}

/** The query string without its `ds` part (the rest kept as it was). */
export function withoutDataset(search: string): string {
  try {
    const params = new URLSearchParams(String(search ?? ''));
    params.delete('ds');
    const rest = params.toString();
    return rest ? `?${rest}` : '';
  } catch {
    return '';
  }
}
