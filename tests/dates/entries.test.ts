// Entry-level judgement: which dates are events or deadlines, and their place, label,
// status and merging.
import { describe, expect, it } from 'vitest';
import { datesOf, rows } from './entry.js';
import { extractIssueDates } from '../../src/dates/index.js';
import { isTownName, mayNameTown } from '../../src/dates/location.js';

const deadlineRows = (r: ReturnType<typeof datesOf>) => r.deadlines.map((d) => `${d.date} ${d.time ?? '-'} L${d.line}`);

describe('events', () => {
  it('reads years after 2099 in full, as the header does', () => {
    const result = datesOf(
      '2104-12-05',
      'Regional Conference – Thursday 16 December 2105',
      'The conference will be held on Thursday 16 December 2105, 10.00-12.00 at County Hall.',
      'Action Required: Book by 1 December 2105.',
    );
    expect(rows(result)).toEqual(['2105-12-16 | 10:00 | 12:00 | County Hall | - | upcoming']);
    expect(deadlineRows(result)).toEqual(['2105-12-01 - L3']);
  });

  it('reads a day with a start and end time as an event whatever the sentence calls it, at the place in its own sentence', () => {
    const presented = datesOf(
      '2019-11-15',
      'Care Leavers Survey – Regional Findings',
      'The findings will be presented at the Care Leavers Network on Wednesday 4 December 2019, 10.00-12.30 at County Hall, West Street, Chichester PO19 1RQ.',
    );
    expect(rows(presented)).toEqual(['2019-12-04 | 10:00 | 12:30 | County Hall, West Street, Chichester PO19 1RQ | - | upcoming']);
    // One time is a deadline's hour or nothing: no event.
    expect(rows(datesOf('2019-11-15', 'Survey', 'The survey closes at 5pm on Friday 6 December 2019.', 'The results will be shared on Wednesday 4 December 2019 at 10.00.'))).toEqual([]);
    // A place in a later sentence is not the place of this day.
    const later = datesOf('2019-11-15', 'Forum', 'The forum meets on Tuesday 10 December 2019, 1.30pm – 4pm at Oxford Town Hall. Last year it met at County Hall, Lewes.');
    expect(rows(later)).toEqual(['2019-12-10 | 13:30 | 16:00 | Oxford Town Hall | - | upcoming']);
  });

  it('reads no event from a service\'s hours on a day: a portal open or a system down is no gathering', () => {
    expect(rows(datesOf('2019-05-24', 'Data return', 'The portal will be open on Monday 3 June 2019, 9am - 5pm for returns.'))).toEqual([]);
    expect(rows(datesOf('2019-05-24', 'Case system', 'The system will be unavailable on 12 June from 6pm to 10pm for maintenance.'))).toEqual([]);
    // A gathering open to all keeps its times.
    const open = datesOf('2019-05-24', 'Workshop', 'The workshop is open to all social workers on 12 June, 10am-12pm at County Hall.');
    expect(rows(open)).toEqual(['2019-06-12 | 10:00 | 12:00 | County Hall | - | upcoming']);
  });

  it('ends a venue before "on" and any weekday, Wednesday and Saturday too', () => {
    for (const day of ['Wednesday 15', 'Saturday 18', 'Thursday 16']) {
      const result = datesOf('2019-11-15', 'Network', `The network meets at the Kent Event Centre on ${day} January 2020.`);
      expect(result.events.map((e) => e.location)).toEqual(['Kent Event Centre']);
    }
  });

  it('reads a planning call people join as an event, not a call for evidence or a call on councils', () => {
    const call = datesOf('2022-09-23', 'Fostering recruitment campaign', 'Action Required: Leads are invited to a planning call on Tuesday 4 October 2022, 2pm – 3pm via Microsoft Teams.');
    expect(rows(call)).toEqual(['2022-10-04 | 14:00 | 15:00 | Microsoft Teams | - | upcoming']);
    const evidence = datesOf('2022-09-23', 'Kinship review', 'The call for evidence is open on Tuesday 4 October 2022.', 'We call on councils to respond on Friday 7 October 2022.');
    expect(rows(evidence)).toEqual([]);
  });

  it('takes the place after "Venue –", and a diary line\'s label up to its details', () => {
    const briefing = datesOf('2011-03-18', 'Peer Review Pilot', 'A briefing will be held on Weds 6th April, 2-4pm, Venue – Conference Room B, Mid Kent College, Maidstone ME16 8AQ.');
    expect(rows(briefing)).toEqual(['2011-04-06 | 14:00 | 16:00 | Conference Room B, Mid Kent College, Maidstone ME16 8AQ | - | upcoming']);
    const diary = datesOf(
      '2011-03-18',
      'Dates for your diary',
      'Thurs 12th May – South East DCS Meeting, all day, Venue – Ashford International Hotel, Ashford',
      'Fri 13th May – Fostering, Adoption and Kinship Leads, 2-4pm',
    );
    expect(rows(diary)).toEqual([
      '2011-05-12 | - | - | Ashford International Hotel, Ashford | South East DCS Meeting | upcoming',
      '2011-05-13 | 14:00 | 16:00 | - | Fostering, Adoption and Kinship Leads | upcoming',
    ]);
    // A room's number is part of the place; a year after a venue noun is not.
    const room = datesOf('2011-03-18', 'Workshop', 'A workshop will be held on Tuesday 29th March, 10am-1pm, Venue – Committee Room 1, County Hall, Lewes BN7 1UE.');
    expect(rows(room)).toEqual(['2011-03-29 | 10:00 | 13:00 | Committee Room 1, County Hall, Lewes BN7 1UE | - | upcoming']);
    // So is the number of a unit or a road junction.
    const unit = datesOf('2015-10-30', 'Network', 'The network meets on Thursday 12 November 2015, 9.30am - 12.30pm at Unit 3, Kestrel Way, Basingstoke RG24 8FW.');
    expect(rows(unit)).toEqual(['2015-11-12 | 09:30 | 12:30 | Unit 3, Kestrel Way, Basingstoke RG24 8FW | - | upcoming']);
    const junction = datesOf('2015-10-30', 'Forum', 'The forum is on Tuesday 1 December 2015, 10.00-15.30 at Holiday Inn Reading M4 Jct 10, Wharfedale Road, Winnersh RG41 5TS.');
    expect(rows(junction)).toEqual(['2015-12-01 | 10:00 | 15:30 | Holiday Inn Reading M4 Jct 10, Wharfedale Road, Winnersh RG41 5TS | - | upcoming']);
    // A number after any other word is no part of the place.
    const count = datesOf('2015-10-30', 'Forum', 'The forum is on Tuesday 1 December 2015 at Reading 10 places remain.');
    expect(rows(count)).toEqual(['2015-12-01 | - | - | Reading | - | upcoming']);
    const year = datesOf('2011-03-18', 'Workshop', 'The workshop is on Tuesday 29th March at County Hall 2011 rates apply.');
    expect(rows(year)).toEqual(['2011-03-29 | - | - | County Hall | - | upcoming']);
    // A venue still to be decided names no place.
    expect(rows(datesOf('2011-03-18', 'Briefing', 'The briefing is on Weds 6th April, 2-4pm, Venue – to be confirmed.'))).toEqual([
      '2011-04-06 | 14:00 | 16:00 | - | - | upcoming',
    ]);
  });

  it('reads the day a postponed gathering "now takes place on" as its new day, not postponed', () => {
    const moved = datesOf('2011-03-18', 'Practice Exchange', 'The practice exchange that was postponed because of the snow now takes place on Weds 13th April, 9.30-3.30, at Abbey House.');
    expect(rows(moved)).toEqual(['2011-04-13 | 09:30 | 15:30 | Abbey House | - | upcoming']);
    const put = datesOf('2011-03-18', 'Practice Exchange', 'The practice exchange on Weds 13th April is now postponed because of the snow.');
    expect(rows(put).map((r) => r.split(' | ').at(-1))).toEqual(['postponed']);
  });

  it('reads a gathering someone "will hold" as an event, but not places held until a day', () => {
    const held = datesOf(
      '2024-04-19',
      'Youth Justice Board – regional conversation',
      'The Youth Justice Board will hold a regional conversation with heads of service on Wednesday 15 May 2024, 10.00-12.30, at the Winchester Discovery Centre.',
    );
    expect(rows(held)).toEqual(['2024-05-15 | 10:00 | 12:30 | Winchester Discovery Centre | - | upcoming']);
    const places = datesOf('2024-04-19', 'Apprenticeship places', 'The university will hold places for the region until Friday 10 May 2024.');
    expect(rows(places)).toEqual([]);
  });

  it('reads the new day of a cancelled meeting that "will now be held"', () => {
    const result = datesOf(
      '2022-12-16',
      'Youth Justice Managers Group',
      'The meeting planned for Friday 9 December was cancelled because of the rail strikes. It will now be held on Friday 13 January 2023, 10.00-12.00, online.',
    );
    expect(rows(result)).toEqual([
      '2022-12-09 | - | - | - | - | cancelled',
      '2023-01-13 | 10:00 | 12:00 | online | - | upcoming',
    ]);
  });

  it('gives the days of a list the time written before it, and only then', () => {
    const shared = datesOf('2025-06-06', 'Data sprint', 'Sessions will be 13:30–15:00 (BST) on Wednesday 18 June and Thursday 19 June, online.');
    expect(rows(shared)).toEqual(['2025-06-18 | 13:30 | 15:00 | online | - | upcoming', '2025-06-19 | 13:30 | 15:00 | online | - | upcoming']);
    const apart = datesOf('2025-06-06', 'Data sprint', 'The session is at 10am on 18 June and the report follows on 19 June.');
    expect(rows(apart).map((r) => r.split(' | ').slice(0, 2).join(' '))).toEqual(['2025-06-18 10:00', '2025-06-19 -']);
    const after = datesOf('2025-06-06', 'Data sprint', 'Sessions on 18 June at 10am and 19 June.');
    expect(rows(after).map((r) => r.split(' | ').slice(0, 2).join(' '))).toEqual(['2025-06-18 10:00', '2025-06-19 -']);
  });

  it('times a table row from a time column of its own after the meeting cell; a row with that cell empty stays untimed', () => {
    const diary = datesOf(
      '2022-10-14',
      'Dates for your diary',
      'Date | Meeting | Time | Venue',
      'Tuesday 18 October 2022 | AD Safeguarding Network | 10.00 – 12.30 | Microsoft Teams',
      'Friday 25 November 2022 | Regional DCS Conference |  | Kent Event Centre, Detling ME14 3JF',
    );
    expect(rows(diary)).toEqual([
      '2022-10-18 | 10:00 | 12:30 | Microsoft Teams | AD Safeguarding Network | upcoming',
      '2022-11-25 | - | - | Kent Event Centre, Detling ME14 3JF | Regional DCS Conference | upcoming',
    ]);
  });

  it('reads an untimed diary line as what meets, then where; a line naming only a place stays all place', () => {
    const diary = datesOf('2025-06-06', 'Dates for your diary', '3rd & 4th July – Regional Kinship Conference, Amex Stadium, Brighton');
    expect(rows(diary)).toEqual([
      '2025-07-03 | - | - | Amex Stadium, Brighton | Regional Kinship Conference | upcoming',
      '2025-07-04 | - | - | Amex Stadium, Brighton | Regional Kinship Conference | upcoming',
    ]);
    const venue = datesOf('2015-06-12', 'Regional workshops', 'The workshops will be held on:', 'Thursday 17 September 2015 – Oxford Town Hall, St Aldate\'s, Oxford OX1 1BX');
    expect(rows(venue).map((r) => r.split(' | ')[3])).toEqual(["Oxford Town Hall, St Aldate's, Oxford OX1 1BX"]);
  });

  it('reads a day after "at" as an event when a time comes with it, not as the day a count is taken', () => {
    const meets = datesOf('2017-04-14', 'Leads Network', 'The network meets at 10am on Tuesday 9 May 2017 at County Hall.');
    expect(rows(meets).map((r) => r.split(' | ').slice(0, 2).join(' '))).toEqual(['2017-05-09 10:00']);
    const counted = datesOf('2017-04-14', 'Sufficiency Return', 'It asks for the children placed at 31 March 2017, for the DCS meeting on Friday 12 May 2017.');
    expect(rows(counted).map((r) => r.split(' | ')[0])).toEqual(['2017-05-12']);
  });

  it('reads a diary line whose time closes it as what meets, then where; a line naming no group keeps its label', () => {
    const diary = datesOf(
      '2017-03-24',
      'Diary dates',
      'Tuesday 4 April 2017 – Regional Performance Group, Guildford, 10am-1pm',
      'Friday 12 May 2017 – South East DCS Meeting, Epsom Downs Racecourse, Epsom, 10.00-15.30',
      'Thursday 22 June 2017 – Annual Conference, The Hawth, Crawley (all day)',
    );
    expect(rows(diary)).toEqual([
      '2017-04-04 | 10:00 | 13:00 | Guildford | Regional Performance Group | upcoming',
      '2017-05-12 | 10:00 | 15:30 | Epsom Downs Racecourse, Epsom | South East DCS Meeting | upcoming',
      '2017-06-22 | - | - | The Hawth, Crawley | Annual Conference | upcoming',
    ]);
    // Words after the dash that name no gathering or group are not split off as the label.
    const venue = datesOf('2017-03-24', 'Diary dates', 'Tuesday 4 April 2017 – Oxford Town Hall, St Aldate\'s, 10am-1pm');
    expect(rows(venue).map((r) => r.split(' | ')[3])).toEqual(['-']);
  });

  it('reads a 2026 diary line: a two-digit year, a separator-less 24-hour range, a zone, "Teams" alone, a range of two cut-short weekdays', () => {
    const result = datesOf(
      '2026-03-20',
      'Dates for your diary',
      '• Tues 24 Mar 26 – AD Education Network, 13:00–14:30 (GMT), Teams',
      '• Thurs 2 Apr – Principal Social Workers Network, 0930–1230, Woodhatch Place, Reigate',
      '• Mon 18 – Tues 19 May – Regional Leadership Residential, Wokefield Estate, Mortimer',
    );
    expect(rows(result)).toEqual([
      '2026-03-24 | 13:00 | 14:30 | Microsoft Teams | AD Education Network | upcoming',
      '2026-04-02 | 09:30 | 12:30 | Woodhatch Place, Reigate | Principal Social Workers Network | upcoming',
      '2026-05-18 | - | - | Wokefield Estate, Mortimer | Regional Leadership Residential | upcoming',
      '2026-05-19 | - | - | Wokefield Estate, Mortimer | Regional Leadership Residential | upcoming',
    ]);
    // A residential is a gathering as a noun, not as "residential care".
    expect(rows(datesOf('2026-03-20', 'Sufficiency', 'Children in residential care on 31 May 2026 will be counted.'))).toEqual([]);
  });

  it('keeps the other way to join after a venue: "in person at X and online via Teams"', () => {
    const hybrid = datesOf('2026-03-20', 'Network', 'The network meets on Weds 25 Mar, 1000–1230, in person at the Ashford International Hotel, Ashford and online via Teams.');
    expect(rows(hybrid)).toEqual(['2026-03-25 | 10:00 | 12:30 | Ashford International Hotel, Ashford and online via Microsoft Teams | - | upcoming']);
    const or = datesOf('2026-03-20', 'Network', 'The network meets on 25 March, 10am-12pm at County Hall, Lewes or on Zoom.');
    expect(rows(or).map((r) => r.split(' | ')[3])).toEqual(['County Hall, Lewes and online via Zoom']);
    // "online" running on into another phrase is no way to join.
    const booking = datesOf('2026-03-20', 'Network', 'The network meets on 25 March, 10am-12pm at County Hall, Lewes and online booking closes soon.');
    expect(rows(booking).map((r) => r.split(' | ')[3])).toEqual(['County Hall, Lewes']);
  });

  it('takes the place from the next sentence when it goes on about the gathering, not from any later sentence', () => {
    const briefing = datesOf(
      '2026-03-20',
      'ILACS briefing',
      "Ofsted will brief DCSs on Thurs 26 March, 13:00–14:30 (GMT). The briefing is hybrid: in person at Sessions House, County Hall, Maidstone and online via Teams. There will be time for questions.",
    );
    expect(rows(briefing)).toEqual(['2026-03-26 | 13:00 | 14:30 | Sessions House, County Hall, Maidstone and online via Microsoft Teams | - | upcoming']);
    const it = datesOf('2026-03-20', 'Forum', 'The forum meets on Tuesday 31 March 2026, 1.30pm – 4pm. It will be held at Oxford Town Hall.');
    expect(rows(it).map((r) => r.split(' | ')[3])).toEqual(['Oxford Town Hall']);
    // Another subject, or only "online" (a recording, a form): no place.
    for (const next of ['Last year it met at County Hall, Lewes.', 'It will be recorded and put online.']) {
      expect(rows(datesOf('2026-03-20', 'Forum', `The forum meets on Tuesday 31 March 2026, 1.30pm – 4pm. ${next}`)).map((r) => r.split(' | ')[3])).toEqual(['-']);
    }
  });

  it('reads days under emoji bullets as a list hanging from the sentence introducing it', () => {
    const result = datesOf('2026-01-09', 'Kinship carer training', 'The charity is running three online sessions for kinship carers:', '📅 Tues 27 Jan, 6.30–8pm', '➡️ Weds 11 March, 10am–11.30am');
    expect(rows(result)).toEqual(['2026-01-27 | 18:30 | 20:00 | online | - | upcoming', '2026-03-11 | 10:00 | 11:30 | online | - | upcoming']);
  });

  it('reads a diary line: date first, a dash, what meets, its time and venue', () => {
    const result = datesOf(
      '2025-06-06',
      'Dates for your diary',
      'Tues 10 June – AD Education Network, 10.00–12.00, Microsoft Teams',
      'Mon 14 July – Principal Social Workers Network, 9.30–13.00, County Hall, Lewes',
      '30 June – returns to the data team',
      'The report of 12 June – see above, 10.00 copies',
    );
    expect(rows(result)).toEqual([
      '2025-06-10 | 10:00 | 12:00 | Microsoft Teams | AD Education Network | upcoming',
      '2025-07-14 | 09:30 | 13:00 | County Hall, Lewes | Principal Social Workers Network | upcoming',
    ]);
  });

  it('reads a table row opening with its day: what meets from the first cell in words, the place from the last, timed or not', () => {
    const result = datesOf(
      '2014-03-07',
      'Diary Dates',
      'Date | Meeting | Venue',
      'Tues 18 March, 10.00-12.00 | AD Safeguarding Network | County Hall, Chichester PO19 1RQ',
      'Wed 9 April | Principal Social Workers Network | Oxford Town Hall, St Aldate\'s, Oxford',
      'Tuesday 21 May 2024 | 10.00-12.00 | via MS Teams',
    );
    expect(rows(result)).toEqual([
      '2014-03-18 | 10:00 | 12:00 | County Hall, Chichester PO19 1RQ | AD Safeguarding Network | upcoming',
      '2014-04-09 | - | - | Oxford Town Hall, St Aldate\'s, Oxford | Principal Social Workers Network | upcoming',
      '2024-05-21 | 10:00 | 12:00 | Microsoft Teams | - | upcoming',
    ]);
    // A cell that only qualifies the day names nothing.
    const allDay = datesOf('2014-03-07', 'Diary Dates', 'Date | Time | Meeting | Venue', 'Wed 9 April | all day | PSW Network | Oxford Town Hall, Oxford');
    expect(rows(allDay)).toEqual(['2014-04-09 | - | - | Oxford Town Hall, Oxford | PSW Network | upcoming']);
    // An untimed row is a meeting only under a venue column and with a place at its end:
    // not in a table of figures or of publications.
    const figures = datesOf('2014-03-07', 'Returns', 'Date | Returns | Late', '3 March | 12 returns received | 3', 'Date | Meeting | Venue', 'Wed 9 April | Leads | to be confirmed later');
    expect(rows(figures)).toEqual([]);
    const reports = datesOf('2014-03-07', 'Publications', 'Date | Report | Publisher', '12 March 2014 | Annual report | Ofsted', 'Tue 11 March | Kinship review | Family Rights Group');
    expect(rows(reports)).toEqual([]);
  });

  it('reads a details block: Date:/When: lines are events, the Venue:/Where: line their place', () => {
    const result = datesOf(
      '2020-09-18',
      'Regional learning set',
      'Update:',
      'The second meeting of the set will look at adolescent services.',
      'Date: Thursday 15 October 2020',
      'Time: 10.00 – 12.30',
      'Venue: Microsoft Teams',
      '',
      'When: Tuesday 6 October 2020, 2.00pm – 3.30pm',
      '',
      'Where: Riverside House, Guildford GU1 4AA (parking on site)',
    );
    expect(rows(result)).toEqual([
      '2020-10-15 | 10:00 | 12:30 | Microsoft Teams | - | upcoming',
      '2020-10-06 | 14:00 | 15:30 | Riverside House, Guildford GU1 4AA | - | upcoming',
    ]);
  });

  it('takes no place from a Venue: line outside the details block, nor one still to be confirmed', () => {
    const apart = datesOf('2020-09-18', 'Regional learning set', 'Date: Thursday 15 October 2020', 'The group will meet again.', 'Venue: County Hall, Lewes');
    expect(rows(apart)).toEqual(['2020-10-15 | - | - | - | - | upcoming']);
    const tbc = datesOf('2020-09-18', 'Regional learning set', 'Date: Thursday 15 October 2020', 'Venue: to be confirmed');
    expect(rows(tbc)).toEqual(['2020-10-15 | - | - | - | - | upcoming']);
  });

  it('reads a date as an event after "Date:" or "When:", not after other field names', () => {
    expect(rows(datesOf('2020-09-18', 'Annual return', 'Date: 15 October 2020'))).toEqual(['2020-10-15 | - | - | - | - | upcoming']);
    expect(rows(datesOf('2020-09-18', 'Annual return', 'Return date: 15 October 2020'))).toEqual([]);
    expect(rows(datesOf('2020-09-18', 'Annual return', 'The figures for 15 October 2020 are attached.'))).toEqual([]);
  });

  it('reads a peer challenge or review day as an event, and no other challenge or review', () => {
    const result = datesOf('2024-06-14', 'Annual Conversation 2024', 'Peer challenge days will run through July, the first on Wednesday 10 July at Woodhatch Place, Reigate.');
    expect(rows(result).filter((r) => !r.startsWith('2024-07 '))).toEqual(['2024-07-10 | - | - | Woodhatch Place, Reigate | - | upcoming']);
    expect(rows(datesOf('2024-06-14', 'Sufficiency', 'The review found 12 days of delay in placements made on 10 July.'))).toEqual([]);
    expect(rows(datesOf('2024-06-14', 'Sufficiency', 'Councils face a challenge in recruiting carers, as on 10 July the figures showed.'))).toEqual([]);
  });

  it('reads an information or open evening as an event', () => {
    const result = datesOf('2020-09-18', 'Adopter recruitment', 'There will be an online information evening on Thursday 22 October 2020 from 6.30pm.');
    expect(rows(result)).toEqual(['2020-10-22 | 18:30 | - | online | - | upcoming']);
  });

  it('takes the place of a list of dates from the sentence introducing it, labels from parentheses', () => {
    const result = datesOf(
      '2019-12-20',
      'Making Better Use of Data Workshops',
      'As part of this review the board are running three workshops which will be held at Coram Campus, London WC1N 1AZ on:',
      '- 18 December 2019 (Permanency Planning) – (already held)',
      '- 31 January 2020 (Securing Permanency) – book here',
      '',
      '  • 14 February 2020 (Maintaining Permanency) – book here',
    );
    expect(rows(result)).toEqual([
      '2019-12-18 | - | - | Coram Campus, London WC1N 1AZ | Permanency Planning | held',
      '2020-01-31 | - | - | Coram Campus, London WC1N 1AZ | Securing Permanency | booking-open',
      '2020-02-14 | - | - | Coram Campus, London WC1N 1AZ | Maintaining Permanency | booking-open',
    ]);
    expect(result.events.map((e) => e.line)).toEqual([3, 4, 6]);
  });

  it('takes the place of a list from an earlier undated sentence of its introduction, not from a dated one', () => {
    const result = datesOf(
      '2022-05-20',
      'Recruitment Masterclasses',
      'Each session is free and runs on Microsoft Teams. Sessions will be recorded for those who cannot attend:',
      '• Tuesday 24 May 2022, 10am–12pm – book here',
    );
    expect(rows(result)).toEqual(['2022-05-24 | 10:00 | 12:00 | Microsoft Teams | - | booking-open']);

    const dated = datesOf(
      '2022-05-20',
      'Recruitment Masterclasses',
      'The first session was held at County Hall on 3 May 2022. The remaining sessions are:',
      '• Tuesday 24 May 2022, 10am–12pm – book here',
    );
    expect(rows(dated)).toEqual([
      '2022-05-03 | - | - | County Hall | - | past',
      '2022-05-24 | 10:00 | 12:00 | - | - | booking-open',
    ]);
  });

  it('lends the listed days the platform the line their list hangs from names, dated or not, when a day names no place', () => {
    // A dated sentence before the introduction on its line.
    expect(
      rows(datesOf('2022-03-18', 'New Team Managers Forum', 'The forum meets on Tuesday 29 March 2022, 10–11.30am, via Zoom. Later forums:', '- Wednesday 27 April 2022, 2–3.30pm', '- Thursday 26 May 2022, 10–11.30am at County Hall, Lewes')),
    ).toEqual(['2022-03-29 | 10:00 | 11:30 | Zoom | - | upcoming', '2022-04-27 | 14:00 | 15:30 | Zoom | - | upcoming', '2022-05-26 | 10:00 | 11:30 | County Hall, Lewes | - | upcoming']);
    // A dated line with no introduction, and an undated one, straight over the bullets.
    expect(rows(datesOf('2022-03-18', 'Practice Sessions', 'The first session is on Monday 4 April 2022, 12.30–1.30pm, on Microsoft Teams, with two more to follow.', '- Monday 25 April 2022, 12.30–1.30pm'))).toEqual([
      '2022-04-04 | 12:30 | 13:30 | Microsoft Teams | - | upcoming',
      '2022-04-25 | 12:30 | 13:30 | Microsoft Teams | - | upcoming',
    ]);
    expect(rows(datesOf('2022-03-18', 'Practice Sessions', 'All sessions are on Teams.', '- Monday 25 April 2022, 12.30–1.30pm'))).toEqual(['2022-04-25 | 12:30 | 13:30 | Microsoft Teams | - | upcoming']);
    // Days listed in the dated line itself.
    expect(rows(datesOf('2020-02-21', 'Team manager forums', 'Sessions on Teams: Tuesday 3 March, 10-11am; Thursday 5 March, 2-3pm.'))).toEqual([
      '2020-03-03 | 10:00 | 11:00 | Microsoft Teams | - | upcoming',
      '2020-03-05 | 14:00 | 15:00 | Microsoft Teams | - | upcoming',
    ]);
    // Only a named platform ("online" is said of bookings too), and only from the line the list hangs from.
    expect(rows(datesOf('2022-03-18', 'Practice Sessions', 'The first session on Monday 4 April 2022, 12.30–1.30pm, is online.', '- Monday 25 April 2022, 12.30–1.30pm'))[1]).toBe('2022-04-25 | 12:30 | 13:30 | - | - | upcoming');
    expect(rows(datesOf('2022-03-18', 'Practice Sessions', 'The first session on Monday 4 April 2022, 12.30–1.30pm, is via Zoom.', 'The others meet in person.', '- Monday 25 April 2022, 12.30–1.30pm'))[1]).toBe(
      '2022-04-25 | 12:30 | 13:30 | - | - | upcoming',
    );
  });

  it('takes the platform an earlier line of the entry names for a list whose introduction opens its line and names no place', () => {
    const forums = datesOf(
      '2020-04-10',
      'Virtual Forums for Team Managers',
      'Update:',
      'The Workforce Network is running one-hour forums for team managers on Microsoft Teams.',
      'Action Required:',
      'Forums will be held on:',
      '- Tuesday 21 April 2020, 2–3pm',
    );
    expect(rows(forums)).toEqual(['2020-04-21 | 14:00 | 15:00 | Microsoft Teams | - | upcoming']);
    // Only a named platform: an earlier venue may be another gathering's, and "online" is said of bookings too.
    for (const earlier of ['Last year the forums met at County Hall, Lewes.', 'Places can be booked online.']) {
      expect(rows(datesOf('2020-04-10', 'Forums', earlier, 'Forums will be held on:', '- Tuesday 21 April 2020, 2–3pm'))).toEqual(['2020-04-21 | 14:00 | 15:00 | - | - | upcoming']);
    }
    // An introduction's own line says where first.
    const own = datesOf('2020-04-10', 'Forums', 'Earlier forums ran on Zoom.', 'The forums now meet at County Hall. They will be held on:', '- Tuesday 21 April 2020, 2–3pm');
    expect(rows(own)).toEqual(['2020-04-21 | 14:00 | 15:00 | County Hall | - | upcoming']);
  });

  it('reads the day a gathering was postponed or rescheduled to as bookable or upcoming, the old day as postponed', () => {
    const result = datesOf(
      '2022-05-20',
      'Recruitment Masterclasses',
      'The sessions run on Microsoft Teams:',
      '• Tuesday 24 May 2022 – postponed to Tuesday 21 June 2022, 10am–12pm – book here',
      '• The network meeting on 8 June 2022 has been postponed until Wednesday 29 June 2022.',
      '• The away day on 9 June 2022 has been postponed.',
      '• The workshop on 14 June 2022 has been rescheduled to Thursday 30 June 2022.',
    );
    const dayStartStatus = (row: string) => row.split(' | ').filter((_, i) => i === 0 || i === 1 || i === 5).join(' ');
    expect(rows(result).map(dayStartStatus)).toEqual([
      '2022-05-24 - postponed',
      '2022-06-21 10:00 booking-open',
      '2022-06-08 - postponed',
      '2022-06-29 - upcoming',
      '2022-06-09 - postponed',
      '2022-06-14 - postponed',
      '2022-06-30 - upcoming',
    ]);
  });

  it('reads "moved from DAY to DAY" as the old day postponed and the new day, not the days between', () => {
    const dayStartStatus = (row: string) => row.split(' | ').filter((_, i) => i === 0 || i === 1 || i === 5).join(' ');
    const moved = datesOf(
      '2020-03-06',
      'IRO Practice Day – new date',
      'The regional practice day for IROs has been moved from Wednesday 25 March to Wednesday 1 April 2020 because of a clash. It will run from 9.30am to 3.30pm at County Hall, Chichester.',
    );
    expect(rows(moved).map(dayStartStatus)).toEqual(['2020-03-25 - postponed', '2020-04-01 09:30 upcoming']);
    // Further apart than a week, and brought forward.
    const forward = datesOf('2020-03-06', 'Forum', 'The forum has been brought forward from 30 April to 2 April 2020.');
    expect(rows(forward).map(dayStartStatus)).toEqual(['2020-04-30 - postponed', '2020-04-02 - upcoming']);
    // A span is still every day; a place moved postpones nothing.
    const span = datesOf('2020-03-06', 'Kinship Care Week', 'The conference runs from 23 to 25 March 2020.');
    expect(rows(span).map(dayStartStatus)).toEqual(['2020-03-23 - upcoming', '2020-03-24 - upcoming', '2020-03-25 - upcoming']);
    const place = datesOf('2020-03-06', 'Forum', 'The forum has moved from Lewes to Crawley and meets on 24 March 2020.');
    expect(rows(place).map(dayStartStatus)).toEqual(['2020-03-24 - upcoming']);
  });

  it('merges a title date with the same body date, keeping the timed one; a dash clause is a label', () => {
    const result = datesOf(
      '2019-12-06',
      'AD Education Network – next meeting Friday 24 January 2020. Please note the change of date.',
      'The next meeting of the Network will be on Friday 24th January 2020 – 10.30-12.30.',
      'The following dates have also been fixed:',
      '• 6 March 2020 – Joint meeting with SEND Network with a focus on the inclusion of learners at SEN support',
      '• 5 June 2020',
    );
    expect(rows(result)).toEqual([
      '2020-01-24 | 10:30 | 12:30 | - | - | upcoming',
      '2020-03-06 | - | - | - | Joint meeting with SEND Network | upcoming',
      '2020-06-05 | - | - | - | - | upcoming',
    ]);
    expect(result.events[0]?.text).toBe('The next meeting of the Network will be on Friday 24th January 2020 – 10.30-12.30.');
  });

  it('makes an event of every day listed before one time range', () => {
    const cases: Array<[string, string[]]> = [
      ['The workshops run on 14th & 15th July, 2-4pm at County Hall.', ['2022-07-14 | 14:00 | 16:00', '2022-07-15 | 14:00 | 16:00']],
      ['Sessions on Thursday 14th & Friday 15th July, 10am-12pm online.', ['2022-07-14 | 10:00 | 12:00', '2022-07-15 | 10:00 | 12:00']],
      ['Drop-in sessions on 14, 15 and 16 July 10.00–12.00 via Teams.', ['2022-07-14 | 10:00 | 12:00', '2022-07-15 | 10:00 | 12:00', '2022-07-16 | 10:00 | 12:00']],
      ['The course runs on 3 and 10 August from 9.30am to 12.30pm.', ['2022-08-03 | 09:30 | 12:30', '2022-08-10 | 09:30 | 12:30']],
      // A range of days with a time is not a list of days: one event, as before.
      ['The conference runs 18-19 July, 9.30-4pm.', ['2022-07-18 | 09:30 | 16:00']],
      ['Clinics on 3 & 4 August, 2-4pm.', ['2022-08-03 | 14:00 | 16:00', '2022-08-04 | 14:00 | 16:00']],
    ];
    for (const [text, expected] of cases) {
      const result = datesOf('2022-06-10', 'Training', text);
      expect(rows(result).map((row) => row.split(' | ').slice(0, 3).join(' | ')), text).toEqual(expected);
      expect(result.warnings ?? [], text).toEqual([]);
    }
  });

  it('gives listed days the one time of the sentence introducing the list', () => {
    const result = datesOf(
      '2015-06-12',
      'Practitioner Seminars',
      'Two further seminars have been arranged. Both run from 10.00am - 4.00pm:',
      '• Thursday 17 September 2015 – Oxford Town Hall',
      '• Tuesday 6 October 2015, 1.30-3.30 – Brighton Dome',
    );
    expect(rows(result).map((row) => row.split(' | ').slice(0, 3).join(' | '))).toEqual([
      '2015-09-17 | 10:00 | 16:00',
      '2015-10-06 | 13:30 | 15:30',
    ]);
  });

  it('does not share an introduction\'s time when it holds two', () => {
    const result = datesOf(
      '2015-06-12',
      'Practitioner Seminars',
      'Seminars run 10.00-12.00 or 2pm to 4pm on these days:',
      '• Thursday 17 September 2015 – Oxford Town Hall',
    );
    expect(rows(result).map((row) => row.split(' | ').slice(0, 3).join(' | '))).toEqual(['2015-09-17 | - | -']);
  });

  it('reads a place after the date in a title', () => {
    const result = datesOf('2019-12-20', 'National SEND Employment Conference – Thursday 27 February 2020 – Leeds', 'The conference will equip delegates.');
    expect(rows(result)).toEqual(['2020-02-27 | - | - | Leeds | - | upcoming']);
    expect(rows(datesOf('2019-12-20', 'Regional Conference – Thursday 27 February 2020 – Cancelled'))).toEqual([
      '2020-02-27 | - | - | - | - | cancelled',
    ]);
  });

  it.each([
    ['The Reference Group will meet on 19 February at the LGA offices in London and start to plan.', 'LGA offices in London'],
    ['The event will be held on Wednesday 21 March 2018, 9.30-13.30 at Kent Event Centre, Detling, Maidstone ME14 3JF.', 'Kent Event Centre, Detling, Maidstone ME14 3JF'],
    ['The network will meet on Friday 23 March 2018, 10.00-12.00 at Quadrant Court, 35 Guildford Road, Woking GU22 7QQ.', 'Quadrant Court, 35 Guildford Road, Woking GU22 7QQ'],
    ['The workshop will run online on Tuesday 27 March 2018, 2pm to 4pm.', 'online'],
    ['Heads will meet via Microsoft Teams on Thursday 4 June, 10am–11.30am to agree messages.', 'Microsoft Teams'],
    ['The network will meet on Tuesday 2 June 2020, 2–4pm on Zoom.', 'Zoom'],
    ['The webinar is on Wednesday 20th July, 9.30am to 12 noon, via WebEx.', 'WebEx'],
    ['The group will meet by Skype on Tuesday 3 March 2020, 2pm to 3pm.', 'Skype'],
    ['We will be holding an event in Central London on Friday 17 January 2020.', 'Central London'],
    ['Virtual School Heads\tFriday 23 June 2023\t9.30-13.30\tWoodhatch Place, Reigate RH2 8EF', 'Woodhatch Place, Reigate RH2 8EF'],
    ['The meeting on 6 March 2020 will focus on learners at SEN support.', '-'],
    ['The adoption agencies in the South East will hold an online information evening on 22 October 2020.', 'online'],
    ['Leaders in the South East region will meet on 4 March 2020 in Maidstone.', 'Maidstone'],
    ['The first national kinship conference in England will be held on 9 May 2020.', '-'],
  ])('finds the place in %j', (sentence, place) => {
    const [event] = rows(datesOf('2020-01-10', 'Regional meeting', sentence));
    expect(event?.split(' | ')[3]).toBe(place);
  });

  it('labels a table row by its first cell', () => {
    const result = datesOf(
      '2023-05-19',
      'Regional Network Meetings – Summer Term',
      'Meeting dates for the summer term are:',
      'Network\tDate\tTime\tVenue',
      'AD Safeguarding Network\tThursday 8 June 2023\t10.00-12.00\tvia Microsoft Teams',
      'SE Fostering Network    Wednesday 14 June 2023    2pm to 4pm    Zoom',
    );
    expect(rows(result)).toEqual([
      '2023-06-08 | 10:00 | 12:00 | Microsoft Teams | AD Safeguarding Network | upcoming',
      '2023-06-14 | 14:00 | 16:00 | Zoom | SE Fostering Network | upcoming',
    ]);
  });

  it('marks dates before the issue past, and cancelled or postponed ones as such', () => {
    const past = datesOf('2020-01-10', 'Network meeting', 'The network met on 6 December 2019 to agree the plan.');
    expect(rows(past)).toEqual(['2019-12-06 | - | - | - | - | past']);
    const cancelled = datesOf('2020-01-10', 'Network meeting', 'The meeting on 6 February 2020 has been cancelled.');
    expect(rows(cancelled)).toEqual(['2020-02-06 | - | - | - | - | cancelled']);
    const postponed = datesOf('2020-01-10', 'Network meeting', 'The workshop on 6 February 2020 is postponed.');
    expect(rows(postponed)).toEqual(['2020-02-06 | - | - | - | - | postponed']);
  });

  it('takes a postponed or cancelled day as an event even without a meeting word', () => {
    const awayDay = datesOf('2021-01-01', 'Leaders away day', 'The away day on Thursday 14 January 2021 has been postponed because of the lockdown.');
    expect(rows(awayDay)).toEqual(['2021-01-14 | - | - | - | - | postponed']);
    const rescheduled = datesOf('2021-01-01', 'Practice review', 'The review planned for 20 January 2021 has been rescheduled.');
    expect(rescheduled.events.map((e) => e.date)).toEqual(['2021-01-20']);
    // The title announces the day; the body says what became of it.
    const titled = datesOf('2021-01-01', 'Leaders Away Day – 14 January 2021', 'The away day on Thursday 14 January 2021 has been postponed.');
    expect(rows(titled)).toEqual(['2021-01-14 | - | - | - | - | postponed']);
  });

  it('drops a month when the entry names a day of it, keeps a month on its own', () => {
    const result = datesOf('2021-11-19', 'AD Education Network – December meeting', 'The next meeting will be on Wednesday 8 December 10.30-12.30 via Microsoft Teams.');
    expect(rows(result)).toEqual(['2021-12-08 | 10:30 | 12:30 | Microsoft Teams | - | upcoming']);
    expect(rows(datesOf('2019-12-20', 'Models of practice', 'We will start to plan the conference to be held in June.'))).toEqual([
      '2020-06 | - | - | - | - | upcoming',
    ]);
  });

  it('takes a month told in the past as the last one before the issue, no event to come', () => {
    const issue = '2022-12-16';
    for (const told of [
      'Last year the findings were shared at the Regional DCS Meeting in February.',
      'The results were presented at the February meeting of the network.',
      'The network meeting in March was held at County Hall.',
      'The conference took place in June, with 200 delegates.',
      'The findings presented at the DCS meeting in February showed a rise.',
    ]) {
      expect(rows(datesOf(issue, 'Workforce Data Return', told)), told).toEqual([]);
    }
    // A clause of its own telling what is to come, a year written out, a month still to come anyway.
    expect(rows(datesOf(issue, 'Network', 'The network met in March and will meet again at a conference in February.'))).toEqual([
      '2023-02 | - | - | - | - | upcoming',
    ]);
    for (const toCome of [
      'The findings will be presented at the meeting in February.',
      'The report is presented at the network meeting in February.',
      'The conference that was held every spring has been moved to February.',
    ]) {
      expect(rows(datesOf(issue, 'Network', toCome)), toCome).toEqual(['2023-02 | - | - | - | - | upcoming']);
    }
    expect(rows(datesOf(issue, 'Network', 'The findings were shared at the meeting in February 2023.'))).toEqual(['2023-02 | - | - | - | - | upcoming']);
  });

  it('takes a day told in the past as the last one before the issue, a past event', () => {
    const issue = '2022-12-16';
    for (const told of [
      'The findings were shared at the meeting on 10 February.',
      'The regional conference was held on 10 February at the Amex Stadium.',
      'The first workshop took place on 10 February, with 40 delegates.',
      'The results presented at the DCS meeting on 10 February showed a rise.',
      'Minutes of the network meeting held on 10 February are attached.',
    ]) {
      expect(rows(datesOf(issue, 'Workforce Data Return', told)).map((row) => row.split(' | ')[0] + ' ' + row.split(' | ').at(-1)), told).toEqual(['2022-02-10 past']);
    }
    // Its weekday agrees with last year's day: no mismatch warned.
    const weekday = datesOf(issue, 'Network', 'The network meeting was held on Thursday 10 February.');
    expect(rows(weekday).map((row) => row.split(' | ')[0])).toEqual(['2022-02-10']);
    expect(weekday.warnings).toEqual([]);
    // To come, moved to, a year written out, a weekday that is next year's, a day just after the issue: kept.
    for (const toCome of [
      'The meeting on 10 February will consider the findings.',
      'The meeting was postponed to 10 February.',
      'The conference that was held every spring has been moved to 10 February.',
      'The findings were shared at the meeting on 10 February 2023.',
      'The network meeting was held on Friday 10 February.',
      // Done once, to come on this day: the future verb stands between.
      'The group that met in March will meet again on 10 February.',
      'Leads who met last week will meet again on 10 February.',
    ]) {
      expect(rows(datesOf(issue, 'Network', toCome)).map((row) => row.split(' | ')[0]), toCome).toEqual(['2023-02-10']);
    }
    expect(rows(datesOf(issue, 'Network', 'The network meeting was held on 20 December.')).map((row) => row.split(' | ')[0])).toEqual(['2022-12-20']);
    // Every day of a list told as done: no clause ends at its 'and'.
    expect(rows(datesOf(issue, 'Workshops', 'Workshops were held on 3 and 10 February, 2-4pm.')).map((row) => row.split(' | ')[0])).toEqual(['2022-02-03', '2022-02-10']);
    expect(rows(datesOf(issue, 'Network', 'The network meeting to be held on 10 February will consider the findings.')).map((row) => row.split(' | ')[0])).toEqual(['2023-02-10']);
  });

  it('does not take a dated sentence without event words as an event', () => {
    expect(datesOf('2019-12-20', 'Workforce survey', 'The survey report appeared on 5 December 2019 and covers 19 authorities.').events).toEqual([]);
  });
});

describe('a day of the month alone, told as done', () => {
  it('is the last such day up to the issue: "the group met on the 12th and agreed …"', () => {
    expect(rows(datesOf('2024-01-19', 'Kinship Network', 'The group met on the 12th and agreed its new terms of reference.'))).toEqual(['2024-01-12 | - | - | - | - | past']);
    // Before the issue's own day of the month: last month's.
    expect(rows(datesOf('2024-01-19', 'Kinship Network', 'The network met on the 28th, when members agreed the plan.'))).toEqual(['2023-12-28 | - | - | - | - | past']);
    // Still to come when its clause is not told as done.
    expect(rows(datesOf('2024-01-19', 'Kinship Network', 'The group that met in December will meet again on the 12th.'))).toEqual(['2024-02-12 | - | - | - | - | upcoming']);
    expect(rows(datesOf('2024-01-19', 'Kinship Network', 'The group meets on the 12th and will agree its terms of reference.'))).toEqual([
      '2024-02-12 | - | - | - | - | upcoming',
    ]);
  });

  it('reads days listed after it in the same clause, told as done, as the last such days: "met on the 12th and 13th and agreed …"', () => {
    expect(rows(datesOf('2024-01-19', 'Kinship Network', 'The group met on the 12th and 13th and agreed its new terms of reference.'))).toEqual([
      '2024-01-12 | - | - | - | - | past',
      '2024-01-13 | - | - | - | - | past',
    ]);
    expect(rows(datesOf('2024-01-19', 'Kinship Network', 'The group will meet on the 12th and 13th and agree its terms of reference.'))).toEqual([
      '2024-02-12 | - | - | - | - | upcoming',
      '2024-02-13 | - | - | - | - | upcoming',
    ]);
    // Floors, however many are listed: a list whose last number runs on into a word names no days.
    for (const floors of ['The workshops are on the 3rd, 4th and 5th floors of the building.', 'The workshops are on the 3rd and 4th and 5th floors of the building.']) {
      expect(datesOf('2024-01-19', 'Workshops', floors).events, floors).toEqual([]);
    }
  });
});

describe('table rows', () => {
  it('reads a timed date in a pipe table row as an event, with the last cell as its place', () => {
    const result = datesOf(
      '2024-05-10',
      'Principal Social Worker Network – summer term dates',
      'The network has agreed its dates for the term.',
      'Date | Time | Venue',
      'Tuesday 21 May 2024 | 10.00-12.00 | via MS Teams',
      'Tuesday 4 June 2024 | 14.00-16.00 | County Hall, Lewes',
    );
    expect(rows(result)).toEqual(['2024-05-21 | 10:00 | 12:00 | Microsoft Teams | - | upcoming', '2024-06-04 | 14:00 | 16:00 | County Hall, Lewes | - | upcoming']);
  });

  it('does not read an untimed date in a table row as an event', () => {
    const result = datesOf('2024-05-10', 'Inspection outcomes', 'Authority | Date | Judgement', 'Anytown | 21 March 2024 | Good');
    expect(result.events).toEqual([]);
  });
});

describe('deadlines', () => {
  it.each([
    ['Please submit the week 9 return by 5pm on 27 May using the usual template.', '2020-05-27 17:00 L2'],
    ['Applications under the scheme must be submitted no later than 30 September 2020.', '2020-09-30 - L2'],
    ['Places must be booked by 9 April. Each workshop is limited to 20 participants.', '2021-04-09 - L2'],
    ['Nomination forms are on the website and the deadline for nominations is 30 April.', '2020-04-30 - L2'],
    ['Expressions of interest from councils, closing date 31 March.', '2020-03-31 - L2'],
    ['Closing date for nominations: 29th April 2020. Forms are on the website.', '2020-04-29 - L2'],
    ['Deadline for responses: 15 March. Please use the template.', '2020-03-15 - L2'],
    ['The survey closes on 30 March 2018. Questions should go to the lead.', '2018-03-30 - L2'],
    ['The deadline has been extended to 29 January. Please complete the survey.', '2021-01-29 - L2'],
    ['The closing date for applications has been moved to 22 January.', '2021-01-22 - L2'],
    ['Please send your case study before 15 January.', '2020-01-15 - L2'],
  ])('reads %j', (sentence, expected) => {
    const issue = expected.startsWith('2021') ? '2021-01-08' : expected.startsWith('2018') ? '2018-03-09' : '2020-03-01';
    const result = datesOf(issue, 'Workshop booking', sentence);
    expect(deadlineRows(result)).toEqual([expected]);
    expect(result.events).toEqual([]);
  });

  it('does not read a closing date for something else as a deadline', () => {
    expect(deadlineRows(datesOf('2020-03-01', 'Nursery review', 'The closing date for nurseries in the area was 29 February 2020.'))).toEqual([]);
  });

  it('reads a gathering moved to a new day as an event on that day, not a deadline', () => {
    const result = datesOf('2022-05-20', 'Kinship Care Network', 'The network meeting has been moved to Wednesday 29 June 2022. Apologies for any inconvenience.');
    expect(deadlineRows(result)).toEqual([]);
    expect(rows(result)).toEqual(['2022-06-29 | - | - | - | - | upcoming']);
  });

  it('keeps a deadline and an event of the same sentence apart', () => {
    const result = datesOf('2020-01-10', 'Training', 'Book by 5 March for the workshop on 20 March 2020 at County Hall, Lewes BN7 1UE.');
    expect(deadlineRows(result)).toEqual(['2020-03-05 - L2']);
    expect(rows(result)).toEqual(['2020-03-20 | - | - | County Hall, Lewes BN7 1UE | - | upcoming']);
  });
});

describe('days named against the issue date', () => {
  // A Friday issue, 15 November 2019.
  const ISSUE = '2019-11-15';
  const dated = (...body: string[]) => datesOf(ISSUE, 'Network news', ...body);

  it('reads "this", "next" and "last" with a weekday, "today" and "tomorrow" from the issue day', () => {
    expect(deadlineRows(dated('The survey closes this Friday.'))).toEqual(['2019-11-15 - L2']);
    expect(deadlineRows(dated('The survey closes tomorrow.'))).toEqual(['2019-11-16 - L2']);
    expect(deadlineRows(dated('Nominations close today.'))).toEqual(['2019-11-15 - L2']);
    expect(deadlineRows(dated('Responses are needed by next Friday.'))).toEqual(['2019-11-22 - L2']);
    expect(rows(dated('The network meets next Thursday, 2–4pm on Microsoft Teams.'))).toEqual(['2019-11-21 | 14:00 | 16:00 | Microsoft Teams | - | upcoming']);
    expect(rows(dated('The network met last Tuesday to agree the plan.'))).toEqual(['2019-11-12 | - | - | - | - | past']);
  });

  it('gives a cancelled day and its replacement each their own time', () => {
    const result = dated(
      'The meeting planned for Tuesday 26 November has been cancelled.',
      'The network will meet next Thursday instead, 10.00-12.30, at Woodhatch Place, Reigate RH2 8EF.',
    );
    expect(rows(result)).toEqual(['2019-11-26 | - | - | - | - | cancelled', '2019-11-21 | 10:00 | 12:30 | Woodhatch Place, Reigate RH2 8EF | - | upcoming']);
  });

  it('takes a time one word after a text\'s only date, not after two dates or past "for" or "and"', () => {
    expect(deadlineRows(dated('Places must be booked by 20 November for 2pm sessions.'))).toEqual(['2019-11-20 - L2']);
    const two = dated('The workshops on Tuesday 26 November and Tuesday 3 December run, both mornings, 10.00-12.00.');
    expect(rows(two).map((r) => r.split(' | ').slice(0, 3).join(' '))).not.toContain('2019-12-03 10:00 12:00');
  });

  it('takes a time after the place that follows a text\'s only date, not after a clause', () => {
    expect(rows(dated('The conference will be held on Thursday 30 April 2020 at the Hilton Brighton Metropole, 9.30am – 4.00pm.'))).toEqual([
      '2020-04-30 | 09:30 | 16:00 | Hilton Brighton Metropole | - | upcoming',
    ]);
    const clause = dated('The conference will be held on Thursday 30 April 2020 at a venue to be confirmed, and lunch is at 1pm.');
    expect(rows(clause).map((r) => r.split(' | ')[1])).toEqual(['-']);
  });

  it('reads a day of the month alone as the next such day, in this month or the next', () => {
    expect(rows(dated('The next meeting is on the 12th, 2pm – 4pm, at County Hall, Lewes BN7 1UE.'))).toEqual([
      '2019-12-12 | 14:00 | 16:00 | County Hall, Lewes BN7 1UE | - | upcoming',
    ]);
    expect(deadlineRows(dated('Bookings close on the 20th and places are allocated in order.'))).toEqual(['2019-11-20 - L2']);
    // No 31st in November: the next month that has one.
    expect(deadlineRows(datesOf('2019-11-01', 'Survey', 'Please reply by the 31st.'))).toEqual(['2019-12-31 - L2']);
  });

  it('names no day without an issue date, and not in a floor, a monthly pattern or a week', () => {
    expect(datesOf(null, 'Network news', 'The survey closes tomorrow. The network meets next Thursday.').deadlines).toEqual([]);
    for (const sentence of [
      'The workshop is on the 12th floor of the building.',
      'The panel meets on the 3rd of each month.',
      'The next meeting will be held next week; dates to follow.',
      'The 12th annual conference report is out.',
    ]) {
      const { events, deadlines } = dated(sentence);
      expect({ sentence, events, deadlines }).toEqual({ sentence, events: [], deadlines: [] });
    }
  });

  it('keeps a day chrono read in full, and reads it once', () => {
    expect(rows(dated('The network meets this Friday 22 November, 2–4pm.'))).toEqual(['2019-11-22 | 14:00 | 16:00 | - | - | upcoming']);
  });
});

describe('deadlines in prose', () => {
  it('reads a time written before "on" the day: "close at noon on 14 February"', () => {
    expect(deadlineRows(datesOf('2019-11-15', 'Workshops', 'Applications close at noon on 14 February.'))).toEqual(['2020-02-14 12:00 L2']);
  });

  it('reads "by 12 noon on" and a glued "by 12noon on" a day as a deadline at 12:00, and a count of 12 as no time', () => {
    expect(deadlineRows(datesOf('2020-04-10', 'Calls', 'Please send questions to the lead by 12 noon on Tuesday 14 April.'))).toEqual(['2020-04-14 12:00 L2']);
    expect(deadlineRows(datesOf('2020-04-10', 'Calls', 'Please send questions to the lead by 12noon on Tuesday 14 April.'))).toEqual(['2020-04-14 12:00 L2']);
    expect(deadlineRows(datesOf('2020-04-10', 'Copies', 'Please send 12 copies by Tuesday 14 April.'))).toEqual(['2020-04-14 - L2']);
    expect(rows(datesOf('2020-04-10', 'Forum', 'The forum meets at 12 noon on Tuesday 14 April at County Hall.'))).toEqual(['2020-04-14 | 12:00 | - | County Hall | - | upcoming']);
  });

  it('reads "close at 4pm on" a day as a deadline only when what closes is asked for, else the end of that day\'s gathering', () => {
    expect(deadlineRows(datesOf('2019-05-24', 'Bookings', 'Bookings for the conference close at noon on 12 June.'))).toEqual(['2019-06-12 12:00 L2']);
    const conference = datesOf('2019-05-24', 'Conference', 'The conference will close at 4pm on 12 June with a plenary.');
    expect(deadlineRows(conference)).toEqual([]);
    expect(rows(conference)).toEqual(['2019-06-12 | - | 16:00 | - | - | upcoming']);
    expect(deadlineRows(datesOf('2019-05-24', 'Office', 'The office will close at 2pm on 12 June.'))).toEqual([]);
  });

  it('reads "by close of play", "by COP", "by COB" and "by the end of the day" before a day as a deadline, with no clock time', () => {
    const issue = '2026-01-09';
    expect(deadlineRows(datesOf(issue, 'Workshop', 'Book places by close of play on Wednesday 14 January, please.'))).toEqual(['2026-01-14 - L2']);
    expect(deadlineRows(datesOf(issue, 'Forum', 'Send agenda items by COP Fri 23 Jan.'))).toEqual(['2026-01-23 - L2']);
    expect(deadlineRows(datesOf(issue, 'Return', 'Returns by COB Tues 3 Feb please.'))).toEqual(['2026-02-03 - L2']);
    expect(deadlineRows(datesOf(issue, 'Return', 'Please reply by the end of the day on 14 January.'))).toEqual(['2026-01-14 - L2']);
    // "cop" is no deadline word elsewhere, nor the close of a gathering's play.
    expect(deadlineRows(datesOf(issue, 'Festival', 'The close of play on 14 January will be at the Theatre Royal.'))).toEqual([]);
  });

  it('reads no deadline in when to arrive: "please arrive by 9.30am on 10 February"', () => {
    expect(deadlineRows(datesOf('2019-12-06', 'Conference', 'Please arrive by 9.30am on 10 February for a 10am start.'))).toEqual([]);
  });

  it('reads "is due on" as a deadline, on the coming day, but not a gathering that is due', () => {
    const due = datesOf('2019-11-15', 'Data return', 'The guidance was published on 4 November and the 2019/20 return is due on 31 July.');
    expect(deadlineRows(due)).toEqual(['2020-07-31 - L2']);
    expect(due.events).toEqual([]);
    const meeting = datesOf('2019-11-15', 'Network', 'The next meeting is due on 3 December 2019.');
    expect(deadlineRows(meeting)).toEqual([]);
    expect(rows(meeting)).toEqual(['2019-12-03 | - | - | - | - | upcoming']);
  });

  it('reads no deadline when a person or a birth is due: "Her baby is due on 3 July"', () => {
    expect(deadlineRows(datesOf('2023-05-26', 'Cover', 'Her baby is due on 3 July and she expects to return in the spring.'))).toEqual([]);
    expect(deadlineRows(datesOf('2023-05-26', 'Cover', 'She is due back on 3 July.'))).toEqual([]);
    // What she owes is still due: a return is a deadline whoever the sentence names.
    expect(deadlineRows(datesOf('2023-05-26', 'Cover', 'Until then Daniel will cover the role, and the annual adoption return is due on 31 July.'))).toEqual(['2023-07-31 - L2']);
  });

  it('keeps a reminder\'s deadline a few weeks gone, and a year written, where they are', () => {
    expect(deadlineRows(datesOf('2019-11-15', 'Survey', 'Responses by 25 October please.'))).toEqual(['2019-10-25 - L2']);
    expect(deadlineRows(datesOf('2019-11-15', 'Survey', 'Responses were due by 31 July 2019.'))).toEqual(['2019-07-31 - L2']);
  });

  it('does not move a deadline told as met a year ahead: "thanks to all who responded by 31 July", in December', () => {
    expect(deadlineRows(datesOf('2019-12-06', 'Survey', 'Thanks to those who responded by 31 July.'))).toEqual(['2019-07-31 - L2']);
    expect(deadlineRows(datesOf('2019-12-06', 'Survey', 'Returns received by 31 July have been analysed.'))).toEqual(['2019-07-31 - L2']);
    // Still asked of someone: next year's.
    expect(deadlineRows(datesOf('2019-12-06', 'Survey', 'Returns must be received by 31 July.'))).toEqual(['2020-07-31 - L2']);
  });
});

describe('times written apart from their day', () => {
  it('gives a series\' first day the time written before "from": "every Tuesday, 2-4pm, from 6 June"', () => {
    expect(rows(datesOf('2023-05-26', 'Drop-in', 'Sessions run every Tuesday, 2-4pm, from 6 June at Reading Central Library.'))).toEqual([
      '2023-06-06 | 14:00 | 16:00 | Reading Central Library | - | upcoming',
    ]);
    expect(rows(datesOf('2023-05-26', 'Drop-in', 'Sessions run weekly, 10.00-12.00, starting on 6 June.'))).toEqual(['2023-06-06 | 10:00 | 12:00 | - | - | upcoming']);
    // 6 June 2023 is a Tuesday: a Monday series' time is not that day's.
    expect(rows(datesOf('2023-05-26', 'Drop-in', 'Sessions run every Monday, 2-4pm, from 6 June.'))).toEqual(['2023-06-06 | - | - | - | - | upcoming']);
  });

  it('gives a series\' first day the time written before its weekday: "2-4pm on Tuesdays from 6 June"', () => {
    for (const text of [
      'Sessions run 2-4pm on Tuesdays from 6 June at Reading Central Library.',
      'Sessions run 2-4pm every Tuesday from 6 June at Reading Central Library.',
      'Sessions run 2-4pm on alternate Tuesdays, starting 6 June at Reading Central Library.',
    ]) {
      expect(rows(datesOf('2023-05-26', 'Drop-in', text))).toEqual(['2023-06-06 | 14:00 | 16:00 | Reading Central Library | - | upcoming']);
    }
    // 6 June 2023 is a Tuesday: the Mondays' time is not that day's, nor is a time in another clause.
    expect(rows(datesOf('2023-05-26', 'Drop-in', 'Sessions run 2-4pm on Mondays from 6 June.'))).toEqual(['2023-06-06 | - | - | - | - | upcoming']);
    expect(rows(datesOf('2023-05-26', 'Drop-in', 'The office is staffed 2-4pm on Tuesdays, and sessions run from 6 June.'))).toEqual([
      '2023-06-06 | - | - | - | - | upcoming',
    ]);
  });

  it('gives a day opening its sentence the one time later in it: "On 3 July the stand opens at 10am"', () => {
    expect(rows(datesOf('2024-01-19', 'Kinship roadshow', 'On 3 July the stand opens at 10am in Queens Square.'))).toEqual(['2024-07-03 | 10:00 | - | Queens Square | - | upcoming']);
    expect(rows(datesOf('2024-01-19', 'Kinship roadshow', 'Leaflets are ready. On Wednesday 3 July the stand opens at 10am.'))).toEqual(['2024-07-03 | 10:00 | - | - | - | upcoming']);
    // A day inside its sentence, or one of two times, is not given it.
    expect(rows(datesOf('2024-01-19', 'Kinship roadshow', 'The roadshow visits Crawley on 3 July, and the helpline is open from 9am.'))).toEqual([
      '2024-07-03 | - | - | - | - | upcoming',
    ]);
    expect(rows(datesOf('2024-01-19', 'Kinship roadshow', 'On 3 July the roadshow opens at 10am and the talks start at 2pm.'))).toEqual(['2024-07-03 | - | - | - | - | upcoming']);
  });

  it('gives a day named against the issue the one time later in its sentence: "Tomorrow … at 10am"', () => {
    expect(rows(datesOf('2023-05-26', 'Roadshow', 'Tomorrow the roadshow reaches Crawley, and teams will be on the stand at 10am in Queens Square.'))).toEqual([
      '2023-05-27 | 10:00 | - | Queens Square | - | upcoming',
    ]);
    // Not one of two times, nor a time far from a day written in full.
    expect(deadlineRows(datesOf('2023-05-26', 'Survey', 'The survey closes on 3 June, and the helpline is open from 9am.'))).toEqual(['2023-06-03 - L2']);
    expect(rows(datesOf('2023-05-26', 'Roadshow', 'The roadshow visits tomorrow, with stands at 10am and a talk at 2pm.'))).toEqual(['2023-05-27 | - | - | - | - | upcoming']);
  });

  it('reads days of the month listed alone, sharing the time after them: "on the 12th and 13th at 2pm"', () => {
    expect(rows(datesOf('2023-05-26', 'Workshops', 'The workshops will be held on the 12th and 13th at 2pm via Microsoft Teams.'))).toEqual([
      '2023-06-12 | 14:00 | - | Microsoft Teams | - | upcoming',
      '2023-06-13 | 14:00 | - | Microsoft Teams | - | upcoming',
    ]);
    // Each listed day falls on or after the one before: "the 30th and 1st".
    expect(rows(datesOf('2023-05-26', 'Workshops', 'The workshops are on the 30th, 31st and 1st.')).map((r) => r.slice(0, 10))).toEqual(['2023-05-30', '2023-05-31', '2023-06-01']);
    // Floors, not days.
    expect(datesOf('2023-05-26', 'Workshops', 'The workshops are on the 12th and 13th floors of the building.').events).toEqual([]);
  });

  it('reads days each with its town in brackets sharing one time: "3 June (Reading) and 10 June (Oxford), 2-4pm"', () => {
    expect(rows(datesOf('2023-05-26', 'Information sessions', 'Sessions take place on 3 June (Reading) and 10 June (Oxford), 2-4pm.'))).toEqual([
      '2023-06-03 | 14:00 | 16:00 | Reading | - | upcoming',
      '2023-06-10 | 14:00 | 16:00 | Oxford | - | upcoming',
    ]);
    // Two words name the session, a qualifier or a capitalised remark no town.
    expect(rows(datesOf('2023-05-26', 'Workshops', 'Workshops on 3 June (Kinship Planning) and 10 June (online), 2-4pm.'))).toEqual([
      '2023-06-03 | 14:00 | 16:00 | online | Kinship Planning | upcoming',
      '2023-06-10 | 14:00 | 16:00 | online | - | upcoming',
    ]);
    expect(rows(datesOf('2025-06-06', 'Sessions', 'Sessions will be 13:30–15:00 (BST) on Wednesday 18 June, online.'))).toEqual(['2025-06-18 | 13:30 | 15:00 | online | - | upcoming']);
  });

  it('keeps a day its label in brackets with its time after it: "Tuesday 5 April (Children\'s Services), 2-4pm"', () => {
    expect(
      rows(datesOf('2022-03-18', 'Workshops', "Two workshops on Microsoft Teams: Tuesday 5 April 2022 (Children's Services), 2–4pm, and Wednesday 6 April 2022 (Early Help), 10am–12pm.")),
    ).toEqual(["2022-04-05 | 14:00 | 16:00 | Microsoft Teams | Children's Services | upcoming", '2022-04-06 | 10:00 | 12:00 | Microsoft Teams | Early Help | upcoming']);
    expect(rows(datesOf('2022-03-18', 'Workshops', 'Each workshop runs in the afternoon:', '- Tuesday 5 April 2022 (Kinship Planning) 2–4pm'))).toEqual([
      '2022-04-05 | 14:00 | 16:00 | - | Kinship Planning | upcoming',
    ]);
    // A qualifier is no label; nor is a remark on the time between it and the day.
    expect(rows(datesOf('2022-03-18', 'Workshops', 'The workshop is on Wednesday 6 April 2022 (am), 10am–12pm.'))).toEqual(['2022-04-06 | 10:00 | 12:00 | - | - | upcoming']);
    expect(rows(datesOf('2022-03-18', 'Workshops', 'The workshop is 13:30–15:00 (GMT) on Wednesday 6 April 2022.'))).toEqual(['2022-04-06 | 13:30 | 15:00 | - | - | upcoming']);
  });

  it('reads a two-word town in brackets after a day as its place when the words are shaped like a town\'s', () => {
    expect(rows(datesOf('2020-04-10', 'Roadshows', 'Each roadshow runs in the evening:', '- Tuesday 16 June 2020 (Tunbridge Wells), 6–8pm', '- Tuesday 23 June 2020 (High Wycombe), 6–8pm'))).toEqual([
      '2020-06-16 | 18:00 | 20:00 | Tunbridge Wells | - | upcoming',
      '2020-06-23 | 18:00 | 20:00 | High Wycombe | - | upcoming',
    ]);
    // Session names of two words stay labels, whatever their capitals: no place.
    expect(rows(datesOf('2020-04-10', 'Workshops', "Workshops on 3 June (Regional Leads), 10 June (Children's Services) and 17 June (High Needs)."))).toEqual([
      '2020-06-03 | - | - | - | Regional Leads | upcoming',
      "2020-06-10 | - | - | - | Children's Services | upcoming",
      '2020-06-17 | - | - | - | High Needs | upcoming',
    ]);
  });

  it('reads a town in brackets after the gathering\'s name as the place of its days, in its sentence and from the entry\'s title', () => {
    const moved = datesOf(
      '2020-04-10',
      'Regional SEND Conference (Milton Keynes) – new date',
      'The Regional SEND Conference (Milton Keynes), planned for Thursday 30 April 2020, has been postponed. It will now be held on Thursday 24 September 2020, 9.30am–3.30pm.',
    );
    expect(rows(moved)).toEqual(['2020-04-30 | - | - | Milton Keynes | - | postponed', '2020-09-24 | 09:30 | 15:30 | Milton Keynes | - | upcoming']);
    // A place of the day's own wins; a bracket after other words, or holding a session's name, is no town.
    expect(rows(datesOf('2020-04-10', 'Regional Conference (Reading)', 'The conference will be held on 5 May 2020, 10am–4pm at the Madejski Stadium.'))).toEqual([
      '2020-05-05 | 10:00 | 16:00 | Madejski Stadium | - | upcoming',
    ]);
    expect(rows(datesOf('2020-04-10', 'Kinship Care (Reading) – Workshop', 'The workshop will be held on 5 May 2020, 10am–4pm.'))).toEqual(['2020-05-05 | 10:00 | 16:00 | - | - | upcoming']);
    expect(rows(datesOf('2020-04-10', 'Regional Forum (Permanency Planning)', 'The forum meets on 5 May 2020, 10am–12pm.'))).toEqual(['2020-05-05 | 10:00 | 12:00 | - | - | upcoming']);
  });

  it('reads two or three capitalised words of no label\'s shape in brackets as the place of a day that has no other', () => {
    expect(rows(datesOf('2022-03-18', 'Information evenings', 'Each evening is hosted by a local team:', '- Tuesday 12 April 2022 (Gerrards Cross), 6–8pm', '- Thursday 14 April 2022 (Hemel Hempstead), 6–8pm'))).toEqual([
      '2022-04-12 | 18:00 | 20:00 | Gerrards Cross | - | upcoming',
      '2022-04-14 | 18:00 | 20:00 | Hemel Hempstead | - | upcoming',
    ]);
    expect(rows(datesOf('2022-03-18', 'Workshops', 'Workshops on 3 May (Potters Bar) and 10 May (Welwyn Garden City).'))).toEqual([
      '2022-05-03 | - | - | Potters Bar | - | upcoming',
      '2022-05-10 | - | - | Welwyn Garden City | - | upcoming',
    ]);
    // After a gathering's name, in its sentence and in the entry's title.
    expect(rows(datesOf('2022-03-18', 'Kinship events', 'Booking is now open for the Kinship Care Conference (Gerrards Cross), which returns on Thursday 12 May 2022, 9.30am–4pm.'))).toEqual([
      '2022-05-12 | 09:30 | 16:00 | Gerrards Cross | - | booking-open',
    ]);
    expect(rows(datesOf('2022-03-18', 'Regional Adoption Conference (Hemel Hempstead)', 'The conference will be held on 5 May 2022, 10am–4pm.'))).toEqual(['2022-05-05 | 10:00 | 16:00 | Hemel Hempstead | - | upcoming']);
  });

  it('keeps a bracket of a label\'s shape a label, and a place of the day\'s own over a bracket that may name a town', () => {
    // Services, roles, parts of a series, a person: labels, even with no place anywhere.
    expect(
      rows(datesOf('2022-03-18', 'Workshops', "Workshops on 3 May (Virtual School), 10 May (Round Two), 17 May (Part One), 24 May (Early Help), 31 May (Social Care), 7 June (Foster Carers) and 14 June (Dr Amy Hart)."))
        .map((row) => row.split(' | ').slice(3, 5).join(' | ')),
    ).toEqual(['- | Virtual School', '- | Round Two', '- | Part One', '- | Early Help', '- | Social Care', '- | Foster Carers', '- | Dr Amy Hart']);
    expect(rows(datesOf('2022-03-18', 'Workshops', 'The workshop on 3 May 2022 (Family Courts) is at County Hall, Lewes.'))).toEqual(['2022-05-03 | - | - | County Hall, Lewes | Family Courts | upcoming']);
    expect(rows(datesOf('2022-03-18', 'Regional Forum (Family Courts)', 'The forum meets on 5 May 2022, 10am–12pm.'))).toEqual(['2022-05-05 | 10:00 | 12:00 | - | - | upcoming']);
  });
});

describe('town names', () => {
  it('knows a town by its shape: one capitalised word, or words towns are made of', () => {
    for (const town of ['Reading', 'Leigh-on-Sea', 'Tunbridge Wells', 'Royal Tunbridge Wells', 'High Wycombe', 'Bognor Regis', 'Haywards Heath', 'St Albans', 'East Grinstead', 'Henley on Thames', 'Kingston upon Thames']) {
      expect(isTownName(town), town).toBe(true);
    }
    // Names of sessions and groups, a region, a plural after an everyday first word, capitals only.
    for (const name of ['Permanency Planning', 'Regional Leads', "Children's Services", 'South East', 'High Needs', 'New Starters', 'Focus on Practice', 'BST', 'HIGH WYCOMBE', 'online']) {
      expect(isTownName(name), name).toBe(false);
    }
  });

  it('knows words that may name a town: two or three capitalised words, none shaped like a label\'s', () => {
    for (const town of ['Gerrards Cross', 'Hemel Hempstead', 'Milton Keynes', 'Leighton Buzzard', 'Potters Bar', 'Welwyn Garden City', 'Chalfont St Giles', "Bishop's Stortford"]) {
      expect(mayNameTown(town), town).toBe(true);
    }
    // Services and roles, parts of a series, plurals, people, acronyms, regions, one word (isTownName's).
    for (const name of [
      "Children's Services",
      'Children’s Services',
      'Virtual School',
      'Round Two',
      'Part One',
      'Early Help',
      'Social Care',
      'Permanency Planning',
      'Kinship Planning',
      'Regional Leads',
      'High Needs',
      'Team Managers',
      'Foster Carers',
      'Designated Teachers',
      'Quality Assurance',
      'Dr Amy Hart',
      'SEND Leads',
      'South East',
      'Reading',
      'Focus on Practice',
    ]) {
      expect(mayNameTown(name), name).toBe(false);
    }
  });
});

describe('weekly series', () => {
  it('reads a series bounded by a month as each of its days: "every Wednesday in June, 10-11am"', () => {
    expect(rows(datesOf('2023-05-26', 'Coffee mornings', 'Coffee mornings run every Wednesday in June, 10-11am, online.'))).toEqual([
      '2023-06-07 | 10:00 | 11:00 | online | - | upcoming',
      '2023-06-14 | 10:00 | 11:00 | online | - | upcoming',
      '2023-06-21 | 10:00 | 11:00 | online | - | upcoming',
      '2023-06-28 | 10:00 | 11:00 | online | - | upcoming',
    ]);
    expect(rows(datesOf('2023-05-26', 'Webinars', 'The webinars run each Monday in May 2024 from 2pm.')).map((r) => r.slice(0, 18))).toEqual([
      '2024-05-06 | 14:00',
      '2024-05-13 | 14:00',
      '2024-05-20 | 14:00',
      '2024-05-27 | 14:00',
    ]);
  });

  it('keeps an unbounded series to its first day, and a month alone to the month', () => {
    expect(rows(datesOf('2023-05-26', 'Drop-in', 'The drop-in runs every Tuesday from 6 June.'))).toEqual(['2023-06-06 | - | - | - | - | upcoming']);
    expect(rows(datesOf('2023-05-26', 'Network', 'The network meeting will be in June.'))).toEqual(['2023-06 | - | - | - | - | upcoming']);
  });
});

describe('arrival times', () => {
  it('does not make "Doors open at 9am" a session of the day', () => {
    const result = datesOf(
      '2024-03-01',
      'Regional Conference',
      'The conference will take place on Thursday 18 April at County Hall. Doors open at 9am. The conference will run from 9.30am until 3.30pm.',
    );
    expect(rows(result)).toEqual(['2024-04-18 | 09:30 | 15:30 | County Hall | - | upcoming']);
  });
});

describe('an issue read at once', () => {
  const entry = (title: string, ...body: string[]) => ({ title, line: 1, lines: [title, ...body].map((text, i) => ({ text, line: i + 1 })) });
  const entries = [
    entry('Network meeting', 'The meeting will be held on Friday 24th January 2020, 10.00-12.00 at County Hall.'),
    entry('Returns', 'Please send the return by'),
    entry('Workshop 5 March 2020', 'Part 1 9.30-12.30', 'Part 2 13.30-16.00'),
    entry('May', 'Staff may wish to attend.'),
    entry('Training', 'Sessions on 27, 28 January and 4 May 2020, both 10.00-12.00.'),
  ];

  it('reads each entry as it would be read alone', () => {
    const context = { issueDate: '2020-01-10', source: 's' };
    const together = extractIssueDates(entries, context);
    expect(together.map((d) => d.events.length + d.deadlines.length)).toEqual([1, 0, 2, 0, 3]);
    expect(together).toEqual(entries.map((e) => extractIssueDates([e], context)[0]));
  });
});
