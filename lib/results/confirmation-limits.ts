/** A plenary's minutes PDF: signatures and scans included, 20 MB is plenty. Pure: the form checks it too. */
export const MINUTES_MAX_BYTES = 20 * 1024 * 1024;
