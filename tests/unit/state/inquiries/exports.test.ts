/**
 * Helpdesk exports as they come, one fixture per vendor format (written from
 * each vendor's public description of its export or API, with invented
 * inquiries): each is read without choosing a column, with the right columns
 * and every row, and each message cleaned to what the client first wrote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../../../src/state/inquiries/columns';
import { readInquirySource, toInquiries } from '../../../../src/state/inquiries/read';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/helpdesk/${name}`, import.meta.url), 'utf8');

describe('helpdesk exports', () => {
  it.each([
    [
      'zendesk-tickets.csv',
      12,
      'Read “Description” as the inquiry text, “Subject” as the subject, “Tags” as the topic, “Created at” as the date and “Via” as the channel.',
      'Boiler service booking: Hi, could you book our annual boiler service for some time next week? Mornings suit best.',
    ],
    [
      'zendesk-tickets.json',
      13,
      'Read “description” as the inquiry text, “subject” as the subject, “tags” as the topic, “created_at” as the date and “via.channel” as the channel.',
      'Invoice copy: Please could you send a copy of invoice 4471 to our accounts address? Thank you.',
    ],
    [
      'freshdesk-tickets.csv',
      14,
      'Read “Description” as the inquiry text, “Subject” as the subject, “Tags” as the topic, “Created time” as the date and “Source” as the channel.',
      'Change of address: We have moved. Our new address is 12 Mill Lane, please update your records before the next visit.',
    ],
    [
      'freshdesk-tickets.json',
      13,
      'Read “description_text” as the inquiry text, “subject” as the subject, “tags” as the topic, “created_at” as the date and “source” as the channel.',
      "Reschedule Tuesday: Can we move Tuesday's visit to Wednesday afternoon? Something has come up at work.",
    ],
    [
      'helpscout-conversations.json',
      11,
      'Read “preview” as the inquiry text, “subject” as the subject, “tags” as the topic, “createdAt” as the date and “source.type” as the channel.',
      'Third missed appointment: This is the third time your engineer has not turned up. I took another day off work for nothing and nobody called.',
    ],
    [
      'intercom-conversations.json',
      12,
      'Read “source.body” as the inquiry text, “source.subject” as the subject, “tags.tags” as the topic, “created_at” as the date and “source.type” as the channel.',
      'Still waiting for a callback: I was promised a callback on Monday about the leak under the sink. It is now Thursday and I have heard nothing.',
    ],
    [
      'gorgias-tickets.json',
      13,
      'Read “messages.0.body_text” as the inquiry text, “subject” as the subject, “tags” as the topic, “created_datetime” as the date and “channel” as the channel.',
      'Formal complaint: I wish to make a formal complaint about the damage left in our hallway after the repair last week.',
    ],
    [
      'hubspot-tickets.json',
      14,
      'Read “properties.content” as the inquiry text, “properties.subject” as the subject, “properties.hs_ticket_category” as the topic, “createdAt” as the date and “properties.source_type” as the channel.',
      'Worried about the damp: My mother is 84 and the damp in her bedroom is getting worse. I am really worried about her health over the winter.',
    ],
    [
      'hubspot-tickets.csv',
      10,
      'Read “Ticket description” as the inquiry text, “Ticket name” as the subject, “Category” as the topic, “Create date” as the date and “Source” as the channel.',
      'Gas safety certificate: Where can I find the gas safety certificate from the inspection in March? The letting agent has asked for it.',
    ],
  ])('reads %s as %i inquiries without asking for columns', (name, count, used, firstText) => {
    const source = readInquirySource(fixture(name));
    const { inquiries, problems } = toInquiries(source);
    expect(source.textNamed).toBe(true);
    expect(problems).toEqual([]);
    expect(describeColumns(source.headers, source.columns)).toBe(used);
    expect(inquiries).toHaveLength(count);
    expect(inquiries[0].text).toBe(firstText);
    for (const { text } of inquiries) {
      expect(text).not.toMatch(
        /<\/?[a-z]|&#?\w+;|wrote:|Original Message|Sent from my|regards|^>/im,
      );
    }
  });

  it('cuts an Outlook reply and a Gmail quote from the first message', () => {
    const zendesk = toInquiries(readInquirySource(fixture('zendesk-tickets.csv'))).inquiries;
    // Row 4's description ends in "-----Original Message-----" and the support reply below it.
    expect(zendesk[3].text).toBe(
      'Still waiting for a callback: I was promised a callback on Monday about the leak under the sink. It is now Thursday and I have heard nothing.',
    );
    const intercom = toInquiries(
      readInquirySource(fixture('intercom-conversations.json')),
    ).inquiries;
    // Conversation 2 is a chat (no subject) whose HTML body holds a gmail_quote.
    expect(intercom[1].text).toBe(
      'We have moved. Our new address is 12 Mill Lane, please update your records before the next visit.',
    );
  });
});
