/**
 * The readers the worksheet loads on demand (onDemand.ts), in one chunk:
 * pasted or opened text into a source, a source into inquiries, a file into text.
 */
export { readInquirySource, toInquiriesInChunks } from '../../state/inquiries/read';
export { readInquiryFile } from '../../state/inquiries/file';
