/**
 * The worker that suggests each inquiry's weight, so that thousands of rows
 * are sorted off the page's main thread (see classifierPool.ts). It answers
 * with the signals and the suggestion only; the page already has the text.
 */
import { classifyInquiry } from '../../model/segment/classify';
import type { Inquiry } from '../../model/segment/types';
import type { ClassifyRequest, ClassifyResponse } from './classifierPool';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: ClassifyResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ClassifyRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

const blank: Inquiry = { text: '', topic: '', date: '', firstMessage: '' };

// The browser compiles a pattern to machine code on its second use; the first
// rows would otherwise pay about a quarter of a second for it. Done as the
// worker starts, while the owner is still choosing a file.
for (let pass = 0; pass < 2; pass += 1) {
  for (const text of [
    'Third time I have chased this: still waiting, nobody called back and the job is late. I am worried sick and will cancel my contract. The price doubled, you said a week ago it would be fixed. REFUND ME NOW!!',
    'I have the flu, can we move Tuesday? My mum passed away and I want my money back for the broken boiler.',
  ]) {
    classifyInquiry({ ...blank, text });
  }
}

scope.addEventListener('message', ({ data }) => {
  const rows = data.inquiries.map((inquiry) => {
    const { signals, suggested } = classifyInquiry(inquiry);
    return { signals, suggested };
  });
  scope.postMessage({ id: data.id, rows });
});
