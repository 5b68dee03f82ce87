/**
 * What the classifier's worker (classify.worker.ts) does, apart from the
 * worker itself so that it can be tested and warmed where it runs.
 */
import { classifyInquiry } from '../../model/segment/classify';
import type { Inquiry } from '../../model/segment/types';
import type { ClassifyRequest, ClassifyResponse } from './classifierPool';

/** The signals and suggestion of each inquiry asked about; the page already has the text. */
export function answerClassifyRequest({ id, inquiries }: ClassifyRequest): ClassifyResponse {
  return {
    id,
    rows: inquiries.map((inquiry) => {
      const { signals, suggested } = classifyInquiry(inquiry);
      return { signals, suggested };
    }),
  };
}

const blank: Inquiry = { text: '', topic: '', date: '', firstMessage: '' };

/**
 * Classifies two inquiries that fire most rules, twice. The browser compiles
 * a pattern to machine code on its second use; without this the first rows
 * read would pay about a quarter of a second for it.
 */
export function warmUpClassifier(): void {
  for (let pass = 0; pass < 2; pass += 1) {
    for (const text of [
      'Third time I have chased this: still waiting, nobody called back and the job is late. I am worried sick and will cancel my contract. The price doubled, you said a week ago it would be fixed. REFUND ME NOW!!',
      'I have the flu, can we move Tuesday? My mum passed away and I want my money back for the broken boiler.',
    ]) {
      classifyInquiry({ ...blank, text });
    }
  }
}
