/**
 * The largest file of inquiries the page opens, apart from the file reader
 * (file.ts) so the page can state it before that reader loads.
 */

/** Files larger than this are refused unread: about 20,000 long inquiries, the most the page reads. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
