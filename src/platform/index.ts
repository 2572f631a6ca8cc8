/**
 * Browser side effects live under src/platform/ (storage, workers, downloads, clipboard).
 * Only src/view/ imports it; it never imports view/. Empty until issue 9's storage and workers arrive.
 */
export {};
