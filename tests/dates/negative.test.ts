// Sentences with numbers, years and dates that are not events or deadlines. Each is read
// as the body of an entry whose title announces a meeting (so any date in it would be
// taken as an event) and as a title on its own: both must yield nothing.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/dates/mentions.js';
import { datesOf } from './entry.js';

const ISSUE = '2020-10-02';

/** Numbers that look like dates or times to a date parser. */
const NOT_DATES = [
  'Teams from 5 SE authorities have offered to present.',
  'A level and other 16 to 18 results: 2018 to 2019 (provisional)',
  'Existing legislation continues to apply, preparation should begin now.',
  'Our Regional Improvement Plan for 2019-20 can be found here.',
  'We have produced a plan which will underpin activities in 2018/19.',
  'In B (Secure Accommodation Order), Re (Rev 1)[2019] EWCA Civ 2025 Lord Justice Baker allowed an appeal.',
  'Data Benchmarking: Luke Ede 07925 148597',
  'Key stage 4 performance, 2019 (provisional)',
  'For social workers to spend c.60% more time with children and families',
  'Nationally only 5.8% of those with a learning disability achieve paid employment.',
  'We could gain better value for the £200+million spent annually.',
  'West Berks are offering a financial incentive (£400), whilst Essex are not.',
  'Please quote reference 2019/0412/17 in all correspondence.',
  'Both using Section 17 rather than Section 20 of the Children Act.',
  'This will focus on physical abuse involving under 1s.',
  'The latest triennial review of SCRs (2014 – 2017) is expected in the new year.',
  'We estimate that 6,700-9,200 of pupils remained in England.',
  'Fewer than half – 47.0% – of disadvantaged pupils achieved a grade 4.',
  'Successful supported internships can achieve a 60% + employment rate.',
  'Transfers from 4 SE authorities are above the 0.07% threshold.',
  'The Home Office rate remains £1,250 per week for under 16s.',
  'Last year 17 of the 19 authorities returned it.',
  'The weekly return includes children placed more than 20 miles from home.',
  'In Re H (Children: Delay) [2018] EWCA Civ 412 the Court of Appeal criticised drift for 14 months.',
  'Enquiries rose by c.40% during the autumn phase compared with 2020/21.',
  'Young people aged 11 to 25 told us what matters most.',
  'Last year 1,140 young people took part.',
  'Children in need per 10,000        312.4          321.2',
  'Re-referrals within 12 months      21%            22%',
  'Funding is available at £27,000 per apprentice over three years.',
  '1 in 5 children said they felt safe.',
  'Issue 14 of the practice bulletin is attached.',
  'Phone 01273 481234 or 07803 147072 for details.',
  'The £1.2m fund supports 12 pathfinder areas.',
  'The 2023 framework replaces the 2018 version.',
  'The session is in Room 2.15 on floor 3.',
  'Version 3.10 of the guidance is attached.',
  'Between 2015 and 2018, numbers rose by 12.5%.',
  'Ofsted rated 8 of 19 authorities good in 2019.',
  'You may wish to share this with your teams.',
  'Children Act 1989, section 47 enquiries',
];

/** Real dates that are not events: publication dates, history, administration. */
const NOT_EVENTS = [
  'ADCS 2019 Elective Home Education Survey published 19 November 2019',
  'Learning from the Programme was published by NCB on 8 November 2019',
  'On 4 September the Practice Leaders Forum published Supervision in a hybrid world',
  'Regional Placement Sufficiency Review: year ending 31 March 2017 published 2 March 2018',
  'The guidance was updated on 12 March 2020.',
  'The returns will be collated in January so that we will have an emerging picture.',
  'Compulsory from Sept 2020:',
  'Providers from 9 SE authorities attended the market engagement events in August.',
  // Dates told the way editors write about time in prose that name no day to keep.
  'The forum is taking a break over the summer and the next meeting will be in the autumn.',
  'Workshop details and a booking link will follow early in the new year.',
  'The commissioning leads will meet in the spring term to agree priorities (dates to be confirmed).',
  'A regional summary will go to the DCS group before Christmas.',
  'Booking details for the session will follow next week.',
  'Last year’s results were published on 3 March and prompted the review.',
  'The network meets on the 12th floor of County Hall.',
  'The conference is on the 3rd and 4th floors of County Hall.',
  'The panel meets on the last Friday of the month.',
  // The day a count is taken, "at" it: no gathering, even beside a meeting.
  'It asks for the children placed at 31 March 2020, so that a picture can go to the DCS meeting.',
  'Figures as at 30 September are attached for the network.',
];

describe('numbers that are not dates or times', () => {
  it('has at least 40 negative sentences', () => {
    expect(NOT_DATES.length + NOT_EVENTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(NOT_DATES)('finds no date or time in %j', (sentence) => {
    expect(findMentions(sentence, ISSUE)).toEqual({ dates: [], times: [] });
  });
});

describe.each([...NOT_DATES, ...NOT_EVENTS])('no event and no deadline in %j', (sentence) => {
  it('as the body of a meeting entry', () => {
    const { events, deadlines } = datesOf(ISSUE, 'Regional Network meeting', sentence);
    expect({ events, deadlines }).toEqual({ events: [], deadlines: [] });
  });

  it('as a title', () => {
    const { events, deadlines } = datesOf(ISSUE, sentence);
    expect({ events, deadlines }).toEqual({ events: [], deadlines: [] });
  });
});
