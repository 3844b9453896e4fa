"""Planted errors in new real articles, fifth round (issue 13, a5verdict): published reports not in
tests/realcorpus (URLs checked against its index.tsv) nor in the earlier planted tests, read with the search
tool's pages corpus (UN votes of 2009-2024 that the references hold: the world base's General Assembly roll calls
and Council vetoes, the curated packs), each copied with ONE realistic error planted (a tally, a member voting
against or abstaining, the vetoer, the drafter). The last item of each case is the exact span refuted and its
correction where the checker catches the error, else None (the sentence does not identify one record, see
docs/real-accuracy.md). The unplanted text is never refuted.

Scored before this branch's changes: 7 of the 24 planted copies refuted (A6 only through a guess, with the wrong
correction "vetoed"), and 4 of the real texts falsely refuted (A12 "adopted by a near-unanimous" as ?-0-0; A18 and
B2 counts refuted against S/2011/612 while the Syria vetoes of the passage's year hold no tally; C1 refuted against
the Brazilian-Swiss draft vetoed ten months before). After: 10 of 24 caught (A5, A7, A8 and A9 now; A6 no longer),
0 real texts refuted. Cases left unrefuted are listed with None (A11, A13: the sentence does not carry its count into
a claim the record can settle; A6: a drafter that fits only a vote months before publication is a guess; B1, B3,
C2, A19: the record holds no count or member votes to check; A3: 121 is another source's count; A15: within the
tolerance the dataset's late vote changes need; A14: no date, and the dataset's subject of the vote is not its
title; A17: the sentence is not read as a vote claim)."""

from __future__ import annotations

import datetime

import pytest
from conftest import refuted_of, verdicts_of

from factdesk.claimtypes.vote.common import subject_keywords
from factdesk.claimtypes.vote.identify import _ROLL_CALL, _continues
from factdesk.extract.vote_grammar import UNANIMOUS, _proposer, _tallies

CASES = [
    # A1 (tally): Safir News (Press TV), 2023-10-27
    # https://safirnews.in/27982
    ('A1',
     datetime.date(2023, 10, 28),
     'On Friday, the assembly voted in favor of the resolution that had been drafted by Arab states, with 120 '
     'votes in favor, while 45 abstained and 14, including Israel and the United States, voted no.',
     ('while 45 abstained', 'while 41 abstained'),
     ('120 votes in favor, while 41 abstained', '120-14-45 (121-14-44 in other records)')),
    # A2 (bare tally in a follow-on sentence): Arutz Sheva copy on prophecynewsstand.blogspot.com, 2023-10-27
    # http://prophecynewsstand.blogspot.com/2023/10/un-general-assembly-calls-for.html
    ('A2',
     datetime.date(2023, 10, 28),
     'The UN General Assembly on Friday approved a resolution urging an "immediate, lasting and sustainable '
     'humanitarian ceasefire" in the Gaza Strip. 120 countries voted in favor of the resolution, 14 voted against, '
     'and 45 abstained. Israel and the US were among the 14 countries that voted against the resolution, due to '
     'the fact that it failed to condemn Hamas for the October 7 terrorist massacres against Israelis.',
     ('14 voted against, and', '15 voted against, and'),
     ('120 countries voted in favor of the resolution, 15 voted against, and 45 abstained',
      '120-14-45 (121-14-44 in other records)')),
    # A3 (tally (121 is another record of the vote)): World Report Now, 2023-10-27
    # https://www.worldreportnow.com/news/united-nations-votes-overwhelmingly-in-favour-of-humanitarian-truce-in-gaza/28807/
    ('A3',
     datetime.date(2023, 10, 28),
     'The resolution, drafted by a group of 22 Arab countries, received support from 120 countries, while 14 voted '
     'against it and 45 abstained. However, the United States and Israel, two key players in the conflict, voted '
     'against the resolution.',
     ('received support from 120 countries', 'received support from 121 countries'),
     None),
    # A4 (tally): Lanka Times, 2023-10-28
    # https://www.lankatimes.com/the-united-nations-votes-overwhelmingly-in-favor-of-a-humanitarian-truce-in-gaza-news-of-the-israeli-palestinian-conflict/
    ('A4',
     datetime.date(2023, 10, 28),
     'The resolution drafted by Arab countries was approved by 120 votes to 14, with 45 abstentions in the UN '
     'General Assembly. The UN General Assembly voted overwhelmingly in favor of a resolution calling for an '
     'immediate humanitarian truce between Israel and the Palestinian militant group Hamas.',
     ('by 120 votes to 14', 'by 120 votes to 12'),
     ('approved by 120 votes to 12, with 45 abstentions', '120-14-45')),
    # A5 (bare tally opened by "There were"): MaltaToday, 2023-11-15
    # https://www.maltatoday.com.mt/news/world/126066/un_security_council_to_vote_on_malta_resolution_calling_for_extended_humanitarian_pauses_in_gaza_approved
    ('A5',
     datetime.date(2023, 11, 15),
     'The UN Security Council has adopted a resolution drafted by Malta calling for "extended humanitarian pauses" '
     'in Gaza to allow safe passage for humanitarian aid. There were 12 votes in favour, three abstentions and '
     'none against.',
     ('There were 12 votes in favour', 'There were 11 votes in favour'),
     ('11 votes in favour, three abstentions', '12-0-3')),
    # A6 (drafter): MaltaToday, 2023-11-15 (as A5)
    # see A5
    ('A6',
     datetime.date(2023, 11, 15),
     'The UN Security Council has adopted a resolution drafted by Malta calling for "extended humanitarian pauses" '
     'in Gaza to allow safe passage for humanitarian aid. There were 12 votes in favour, three abstentions and '
     'none against.',
     ('drafted by Malta', 'drafted by Switzerland'),
     None),
    # A7 (country abstaining): Middle East Eye, 2023-11-15
    # https://acquiaprod.middleeasteye.net/news/israel-palestine-war-un-security-council-votes-humanitarian-pauses-gaza-after-weeks-debate
    ('A7',
     datetime.date(2023, 11, 16),
     'But despite disagreements, the council voted through Malta’s resolution, with 12 members voting for it and '
     'three members, including Russia, the United States, and the United Kingdom, abstaining on the motion.',
     ('the United States, and the United Kingdom', 'the United States, and China'),
     ('Russia, the United States, and China, abstaining',
      'Russia, United States and United Kingdom; China voted in favour; abstained: Russia, United Kingdom, United '
      'States')),
    # A8 (country abstaining): Spotlight Nepal, 2023-11-16
    # https://www.spotlightnepal.com/2023/11/16/un-security-council-approves-resolution-calling-for-humanitarian-pauses-in-gaza/
    ('A8',
     datetime.date(2023, 11, 16),
     'The council voted on a draft resolution presented by Malta at an emergency session on Wednesday. The draft '
     'expressed deep concerns about the worsening humanitarian situation in Gaza and its impact on children in '
     'particular. Twelve members, including Japan, France and China, voted in favor. The United States, Britain '
     'and Russia abstained.',
     ('The United States, Britain and Russia abstained', 'The United States, Britain and France abstained'),
     ('United States, Britain and France abstained',
      'United States, United Kingdom and Russia; France voted in favour; abstained: Russia, United Kingdom, United '
      'States')),
    # A9 (date of the vote): Spotlight Nepal, 2023-11-16 (as A8)
    # see A8
    ('A9',
     datetime.date(2023, 11, 16),
     'The council voted on a draft resolution presented by Malta at an emergency session on Wednesday. The draft '
     'expressed deep concerns about the worsening humanitarian situation in Gaza and its impact on children in '
     'particular.',
     ('on Wednesday', 'on Tuesday'),
     ('on Tuesday', '2023-11-15 (Wednesday 15 November 2023)')),
    # A10 (country abstaining, UN-style brackets): UN News quoted by cubanembargo.org, 2009-10-29
    # https://cubanembargo.org/2009/10/29/59910292009/
    ('A10',
     datetime.date(2009, 10, 29),
     '29 October 2009-The General Assembly has voted for the 18th consecutive year to condemn the economic, '
     'commercial and financial embargo imposed by the United States against Cuba for the past half century and '
     'called for it to be lifted. Member States voted overwhelmingly yesterday to adopt a non-binding resolution '
     'that voices concern that the embargo is having ‘adverse effects’ on the Cuban people and on Cuban nationals '
     'living in other countries. There were 187 votes in favour of the resolution, three votes against (the United '
     'States, Israel Palau) and two abstentions (Federated States of Micronesia, the Marshall Islands).',
     ('(Federated States of Micronesia, the Marshall Islands)', '(Federated States of Micronesia, Nauru)'),
     ('abstentions (Federated States of Micronesia, Nauru)',
      'Micronesia and Marshall Islands; Nauru voted in favour; abstained: Marshall Islands, Micronesia')),
    # A11 (bare tally): Reuters via popularresistance.org, 2013-10-29
    # https://popularresistance.org/u-n-urges-end-of-u-s-embargo-on-cuba-for-22nd-time
    ('A11',
     datetime.date(2013, 10, 29),
     'The U.N. General Assembly on Tuesday voted overwhelmingly for the 22nd time to condemn the U.S. economic '
     'embargo against Cuba, whose foreign minister said the American policy in place since 1959 was barbaric and '
     'amounted to genocide. There were 188 votes for the non-binding resolution, entitled “Necessity of ending the '
     'economic, commercial and financial embargo imposed by the United States of America against Cuba,” in the '
     '193-nation General Assembly. The only country that joined the United States in voting against the resolution '
     'was Israel.',
     ('There were 188 votes', 'There were 186 votes'),
     None),
    # A12 (country against): The Times of Israel (AFP), 2015-10-27
    # https://www.timesofisrael.com/israel-only-country-at-un-to-join-us-in-supporting-cuba-embargo/
    ('A12',
     datetime.date(2015, 10, 27),
     'The UN General Assembly on Tuesday called for an end to the decades-long US embargo on Cuba in a resolution '
     'adopted by a near-unanimous vote, three months after US-Cuba diplomatic ties were restored. The United '
     'States and Israel voted against the non-binding resolution, but a resounding 191 countries supported the '
     'measure in the 193-member assembly, the highest number ever.',
     ('The United States and Israel voted against', 'The United States and Canada voted against'),
     ('United States and Canada voted against',
      'United States and Israel; Canada voted in favour; against: Israel, United States')),
    # A13 (count of abstainers with a member named): Business Standard (PTI), 2014-03-27
    # https://business-standard.com/article/pti-stories/unga-adopts-resolution-backing-ukraine-s-territorial-integrity-114032701266_1.html
    ('A13',
     datetime.date(2014, 3, 27),
     "The UN General Assembly today adopted a resolution reaffirming Ukraine's territorial integrity and calling "
     'as "illegal" the referendum that led to Russia\'s annexation of Crimea. The resolution in the 193-member '
     'UNGA got 100 votes in its favour, while nations 11 voted against and 58 countries, including India, '
     'abstained.',
     ('58 countries, including India', '68 countries, including India'),
     None),
    # A14 (country against (the count names no date; the record subject differs)): Army Technology, 2014-03-28
    # https://www.army-technology.com/news/newsun-general-assembly-rejects-crimean-secession-vote-4205522/
    ('A14',
     datetime.date(2014, 3, 28),
     'The 193-nation assembly adopted a non-binding resolution on the "territorial integrity of Ukraine", by a '
     'vote of 100 in favour to 11 against, with 58 abstentions, calling on states, international organisations and '
     'specialised agencies not to recognise any change in the status of Crimea or the Black Sea port city of '
     'Sevastopol. The 11 countries that voted against the resolution were Russia, Armenia, Belarus, Bolivia, Cuba, '
     'North Korea, Nicaragua, Sudan, Syria, Venezuela and Zimbabwe.',
     ('Russia, Armenia, Belarus', 'Russia, Kazakhstan, Belarus'),
     None),
    # A15 (tally (within the dataset tolerance)): RFE/RL, 2014-03-27
    # https://www.rferl.org/a/ukraine-un-passes-crimea-resolution/25312158.html
    ('A15',
     datetime.date(2014, 3, 27),
     'The UN General Assembly has passed a resolution on the "territorial integrity of Ukraine" declaring '
     "Crimea's recent secession vote invalid. One hundred countries voted in favor of the resolution, with 11 "
     'against and 58 abstaining.',
     ('with 11 against', 'with 12 against'),
     None),
    # A16 (vetoer): China Daily copy on aolaikelin.cn (Xinhua), 2017-12-19
    # http://aolaikelin.cn/a/201712/19/WS5a386e77a3108bc8c67359ab.html
    ('A16',
     datetime.date(2017, 12, 19),
     'UNITED NATIONS - The United States on Monday vetoed a Security Council draft resolution on the status of '
     'Jerusalem. All other 14 members of the Security Council voted in favor of the Egyptian-drafted text.',
     ('The United States on Monday vetoed', 'Russia on Monday vetoed'),
     ('Russia on Monday vetoed', 'United States')),
    # A17 (date of the vote): The Straits Times (Reuters), 2017-12-19
    # http://www.straitstimes.com/world/united-states/us-vetoes-un-resolution-rejecting-trumps-jerusalem-decision
    ('A17',
     datetime.date(2017, 12, 19),
     'UNITED NATIONS (REUTERS) – The United States was further isolated on Monday (Dec 18) over President Donald '
     'Trump’s decision to recognise Jerusalem as Israel’s capital when it blocked a United Nations Security '
     'Council call for the declaration to be withdrawn. The remaining 14 council members voted in favour of the '
     'Egyptian-drafted resolution, which did not specifically mention the United States or Trump but which '
     'expressed “deep regret at recent decisions concerning the status of Jerusalem”.',
     ('on Monday (Dec 18)', 'on Monday (Dec 19)'),
     None),
    # A18 (country abstaining): voltairenet.org, 2012-07-19
    # http://voltairenet.org/Russia-China-veto-UN-resolution-on
    ('A18',
     datetime.date(2012, 7, 19),
     'Russia and China have vetoed a United Nations Security Council resolution that threatened Syria with more '
     'sanctions. It was the third time in nine months that Russia and China used their powers as permanent members '
     'of the 15-nation council to block resolutions on Syria. There were 11 votes in favor of the resolution. '
     'Russia and China voted against it, while South Africa and Pakistan abstained from voting.',
     ('South Africa and Pakistan abstained', 'South Africa and India abstained'),
     None),
    # A19 (country against): TASS, 2017-02-28
    # https://tass.com/world/933305/amp
    ('A19',
     datetime.date(2017, 3, 1),
     'UNITED NATIONS, February 28. /TASS/. Russia and China have vetoed a United Nations Security Council draft '
     'resolution imposing sanctions on Syria over chemical attacks allegedly carried out by Damascus. Along with '
     'Russia and China, Bolivia voted against the draft resolution while Egypt, Kazakhstan and Ethiopia abstained.',
     ('Bolivia voted against', 'Egypt voted against'),
     None),
    # B1 (tally (no count held)): China Daily (Xinhua), 2012-02-05
    # http://usa.chinadaily.com.cn/world/2012-02/05/content_14538362.htm
    ('B1',
     datetime.date(2012, 2, 5),
     'UNITED NATIONS - Russia and China on Saturday vetoed an Arab-European draft resolution on Syria backing an '
     'Arab League plan which demands a regime change in the Middle East country, the second time since October '
     '2011. The draft resolution, tabled by Morocco and backed by the United States and European powers, received '
     '13 votes in favor.',
     ('received 13 votes in favor', 'received 12 votes in favor'),
     None),
    # B2 (tally): China Daily copy on keyanhelp.cn (Xinhua), 2012-02-05
    # http://m.keyanhelp.cn/world/2012-02/05/content_24554688.htm
    ('B2',
     datetime.date(2012, 2, 5),
     'It was the second time since last October that Russia and China used double veto to block a U.N. Security '
     'Council draft on Syria. At the unusual weekend council meeting, 13 council members voted in favor of the '
     'draft resolution.',
     ('13 council members', '11 council members'),
     None),
    # B3 (tally (no count held)): Bloomberg, 2012-02-04
    # http://www.bloomberg.com/news/2012-02-03/un-diplomats-stalled-on-syria-as-russia-balks-at-arab-proposal.html
    ('B3',
     datetime.date(2012, 2, 4),
     'Russia and China vetoed a United Nations Security Council resolution that backed an Arab League plan to '
     '“facilitate” a political transition in Syria. Thirteen of the council’s 15 members voted in favor today of a '
     'proposal by Western and Arab countries to end the bloodshed in Syria.',
     ('Thirteen of the council’s 15 members', 'Twelve of the council’s 15 members'),
     None),
    # C1 (country abstaining): Anadolu Agency, 2024-05-24
    # https://www.aa.com.tr/en/americas/un-security-council-adopts-resolution-on-protection-of-humanitarian-un-personnel/3229573
    ('C1',
     datetime.date(2024, 5, 24),
     'UN Security Council adopts resolution on protection of humanitarian, UN personnel. Resolution, penned by '
     'Switzerland, adopted with 14 votes in favor and 1 abstention. The Council voted 14 in favor for the '
     'resolution with permanent member Russia abstaining.',
     ('permanent member Russia abstaining', 'permanent member China abstaining'),
     None),
    # C2 (country abstaining (resolution 2730 not held)): AP via nybreaking.com, 2024-05-24
    # https://nybreaking.com/security-council-approves-resolution-decrying-attacks-on-un-and-aid-workers-and-demanding-protection
    ('C2',
     datetime.date(2024, 5, 24),
     'UNITED NATIONS — The United Nations Security Council on Friday adopted a resolution strongly condemning '
     'attacks on humanitarian aid workers and UN personnel and demanding that all combatants protect them in '
     'accordance with international law. The vote was 14-0, with Russia abstaining. The Swiss-backed resolution '
     'expresses serious concerns about the growing number of attacks and threats against UN and humanitarian '
     'personnel.',
     ('with Russia abstaining', 'with China abstaining'),
     None),
]


#: scored once, after this branch's changes, untuned (new articles on the vetoes of 1 June 2018 and 8 December 2023
#: and the Assembly vote of 29 November 2012): 5 of 10 caught, the same as before the changes
ROUND2 = [
    # U1 (country abstaining): Business Standard (PTI/AFP), 2018-06-02
    # https://www.business-standard.com/amp/article/pti-stories/us-vetoes-un-resolution-on-protecting-palestinians-118060200065_1.html
    ('U1',
     datetime.date(2018, 6, 2),
     'The United States vetoed an Arab-backed UN draft resolution calling for measures to protect the Palestinians '
     'after more than 100 were killed by Israeli fire during protests at the border with Gaza. Ten countries '
     'including China, France and Russia voted in favor of the draft put forward by Kuwait on behalf of Arab '
     'countries at the Security Council yesterday. Four countries -- Britain, Ethiopia, the Netherlands and Poland '
     '-- abstained.',
     ('Britain, Ethiopia, the Netherlands and Poland', 'Britain, Ethiopia, the Netherlands and Sweden'),
     None),
    # U2 (tally): Türkiye Newspaper (Anadolu), 2018-06-02
    # https://www.turkiyenewspaper.com/world/11263
    ('U2',
     datetime.date(2018, 6, 2),
     'The U.S. on Friday vetoed a UN Security Council resolution on the protection of Palestinians. Ten countries '
     'voted in favor, while the UK, Poland, the Netherlands and Ethiopia abstained. The draft resolution, '
     'submitted by Kuwait on May 18, condemned Israeli violence and called for the "protection of the Palestinian '
     'people" in Gaza and the West Bank.',
     ('Ten countries voted in favor', 'Eleven countries voted in favor'),
     ('Eleven countries voted in favor', '10-1-4')),
    # U3 (country abstaining): Türkiye Newspaper (Anadolu), 2018-06-02 (as U2)
    # see U2
    ('U3',
     datetime.date(2018, 6, 2),
     'The U.S. on Friday vetoed a UN Security Council resolution on the protection of Palestinians. Ten countries '
     'voted in favor, while the UK, Poland, the Netherlands and Ethiopia abstained.',
     ('the UK, Poland', 'France, Poland'),
     ('France, Poland, the Netherlands and Ethiopia abstained',
      'United Kingdom, Poland, Netherlands and Ethiopia; France voted in favour; abstained: United Kingdom, '
      'Poland, Netherlands, Ethiopia')),
    # U4 (country abstaining): A News (Anadolu), 2023-12-09
    # https://www.anews.com.tr/world/2023/12/08/us-vetoes-un-security-council-resolution-demanding-immediate-gaza-cease-fire
    ('U4',
     datetime.date(2023, 12, 9),
     'The US vetoed a UN Security Council draft resolution on Friday that demanded an immediate cease-fire to halt '
     'the ongoing bloodshed in the Gaza Strip as the death toll continues to mount. The text, which was '
     'co-sponsored by at least 97 UN member states, received the support of 13 Security Council members, while the '
     'United Kingdom abstained.',
     ('while the United Kingdom abstained', 'while China abstained'),
     None),
    # U5 (vetoer): A News (Anadolu), 2023-12-09 (as U4)
    # see U4
    ('U5',
     datetime.date(2023, 12, 9),
     'The US vetoed a UN Security Council draft resolution on Friday that demanded an immediate cease-fire to halt '
     'the ongoing bloodshed in the Gaza Strip as the death toll continues to mount. The text, which was '
     'co-sponsored by at least 97 UN member states, received the support of 13 Security Council members, while the '
     'United Kingdom abstained. The United Arab Emirates, which introduced the draft, said it worked to '
     'expeditiously complete the resolution due to the mounting number of dead over the 63-day war.',
     ('The US vetoed', 'Russia vetoed'),
     ('Russia vetoed', 'United States; Russia voted in favour')),
    # U6 (country abstaining): for-ua.com, 2012-11-30
    # http://for-ua.com/article/1026590
    ('U6',
     datetime.date(2012, 11, 30),
     'The General Assembly of the United Nations approved a resolution granting Palestine non-member observer '
     'state at the United Nations, the press service of the UN reported. 138 countries out of 193 voted in favor '
     'of the bid, 41 abstained, including Germany and the United Kingdom, and nine voted against it.',
     ('including Germany and the United Kingdom', 'including Germany and France'),
     None),
    # U7 (country against): for-ua.com, 2012-11-30 (as U6)
    # see U6
    ('U7',
     datetime.date(2012, 11, 30),
     'The General Assembly of the United Nations approved a resolution granting Palestine non-member observer '
     'state at the United Nations, the press service of the UN reported. 138 countries out of 193 voted in favor '
     'of the bid, 41 abstained, including Germany and the United Kingdom, and nine voted against it. In '
     'particular, Israel, Canada, USA, Czech Republic, Micronesia, Palau, Panama, the Marshall Islands and Nauru '
     'voted against.',
     ('Israel, Canada, USA', 'Israel, Australia, USA'),
     None),
    # U8 (tally): Xinhua via yy.chazidian.com, 2018-06-01
    # https://yy.chazidian.com/mip/show-251085
    ('U8',
     datetime.date(2018, 6, 1),
     'UNITED NATIONS, June 1 -- The United States on Friday vetoed a Kuwaiti-drafted Security Council resolution '
     'that would have asked for measures to protect Palestinians following weeks of violence in Gaza between '
     'Palestinians and Israeli security forces. Ten of the 15 council members voted in favor of the draft, and '
     'four abstained.',
     ('and four abstained', 'and three abstained'),
     ('Ten of the 15 council members voted in favor of the draft, and three abstained', '10-1-4')),
    # U9 (vetoer): Sharjah24 (UN News), 2018-06-02
    # https://www.sharjah24.ae/en/arabic/324090-un-security-council-fails-to-adopt-competing-texts-on-protection-of-palestinian-civilians-in-gaza
    ('U9',
     datetime.date(2018, 6, 2),
     'The draft proposed by Kuwait garnered 10 votes in favour, but the US vetoed the text, the UN News Centre has '
     'reported.',
     ('the US vetoed the text', 'Russia vetoed the text'),
     None),
    # U10 (country voting in favour): elethos.gr (Arutz Sheva), 2018-06-01
    # https://www.elethos.gr/2018/06/us-vetoes-un-resolution-on-protecting.html
    ('U10',
     datetime.date(2018, 6, 1),
     'The United States on Friday vetoed a UN Security Council resolution proposed by Kuwait and calling for the '
     '"protection" of Palestinian Arabs in Gaza, Judea and Samaria. China, France and Russia were among the 10 '
     'countries that voted in favor of the draft.',
     ('China, France and Russia', 'China, Britain and Russia'),
     ('China, Britain and Russia were among the 10 countries that voted in favor', 'United Kingdom abstained')),
]
#: the Assembly's Jerusalem vote of 21 December 2017 (the roll-call dataset counts 127-9-35; the press 128-9-35), tuned
#: on: before this branch J1 and J2 caught and J4 refuted with the wrong vote's count ("130-2-48", A/RES/72/201 of the
#: 20th, identified by "against, countries"); after, J1 and J2 caught and J4 left unverified (the count fits the
#: vote of the 21st within the dataset's tolerance, and a vote of the world base is not re-dated without its symbol)
ROUND3 = [
    # J1 (country against): Hamodia, 2017-12-21
    # https://hamodia.com/2017/12/21/general-assembly-yerushalayim-resolution/
    ('J1',
     datetime.date(2017, 12, 21),
     'By a vote of 128 in favor to 9 against and 35 abstaining, the United Nations General Assembly passed on '
     'Thursday a resolution rejecting President Donald Trump’s recognition of Yerushalayim as Israel’s capital. '
     'The U.S., Israel, Togo, Micronesia, Guatemala, Nauru, Palau, Marshall Islands and Honduras voted against it.',
     ('Guatemala, Nauru', 'Mexico, Nauru'),
     ('U.S., Israel, Togo, Micronesia, Mexico, Nauru, Palau, Marshall Islands and Honduras voted against',
      'United States, Israel, Togo, Micronesia, Guatemala, Nauru, Palau, Marshall Islands and Honduras; Mexico '
      'abstained; against: Guatemala, Honduras, Israel, Marshall Islands, Micronesia, Nauru, Palau, Togo, United '
      'States')),
    # J2 (tally): Hamodia, 2017-12-21 (as J1)
    # see J1
    ('J2',
     datetime.date(2017, 12, 21),
     'By a vote of 128 in favor to 9 against and 35 abstaining, the United Nations General Assembly passed on '
     'Thursday a resolution rejecting President Donald Trump’s recognition of Yerushalayim as Israel’s capital.',
     ('35 abstaining', '45 abstaining'),
     ('128 in favor to 9 against and 45 abstaining', '127-9-35')),
    # J3 (country abstaining (the abstainers are not read as a claim)): The Indian Express (AP), 2017-12-22
    # http://indianexpress.com/article/world/jerusalem-israel-united-nations-donald-trump-4993888/
    ('J3',
     datetime.date(2017, 12, 22),
     'In a collective act of defiance toward Washington, the United Nations General Assembly (UNGA) voted 128 to '
     '9, with 35 abstentions, for a resolution which opposed and rejected US President Donald Trump’s decision to '
     'recognise Jerusalem as Israel’s capital. The nine countries that voted a “no” were the US, Israel, '
     'Guatemala, Honduras, Micronesia, Nauru, Palau, the Marshall Islands and Togo. Among the abstentions were '
     'Australia, Argentina, Canada, Colombia, Croatia, Czech Republic and Mexico.',
     ('Australia, Argentina, Canada', 'Australia, Argentina, Germany'),
     None),
    # J4 (weekday of the vote): The Jerusalem Post, 2017-12-22
    # https://jpost.com/arab-israeli-conflict/128-countries-at-un-vote-to-call-on-trump-to-withdraw-jerusalem-decision-519713
    ('J4',
     datetime.date(2017, 12, 22),
     'American threats to cut off aid to countries voting in favor of a General Assembly resolution condemning the '
     'US for deciding to move its embassy to Jerusalem did not move the needle too far inside the world body, as '
     'the measure passed handily on Thursday by a vote of 128 against nine, with 35 abstentions and 21 countries '
     'not voting.',
     ('on Thursday', 'on Wednesday'),
     None),
    # J5 (tally (within the dataset tolerance: 127 recorded)): The Indian Express (AP), 2017-12-22 (as J3)
    # see J3
    ('J5',
     datetime.date(2017, 12, 22),
     'In a collective act of defiance toward Washington, the United Nations General Assembly (UNGA) voted 128 to '
     '9, with 35 abstentions, for a resolution which opposed and rejected US President Donald Trump’s decision to '
     'recognise Jerusalem as Israel’s capital. The resolution, co-sponsored by Turkey and Yemen, called Trump’s '
     'recognition “null and void”.',
     ('voted 128 to 9', 'voted 128 to 7'),
     None),
]

#: a refutation of the real text of ROUND2 left as it is: "The draft resolution, submitted by Kuwait on May 18,
#: condemned Israeli violence" dates the submission, not the vote of 1 June (one example only: no rule written for it)
KNOWN_REAL = {"U2": [("May 18", "2018-06-01 (Friday 1 June 2018)")]}


@pytest.mark.parametrize("case", CASES + ROUND2 + ROUND3, ids=lambda c: c[0])
def test_planted_error_caught_or_left_unverified(case) -> None:  # noqa: ANN001
    cid, published, text, (original, planted), expected = case
    assert text.count(original) == 1
    got = [r for r in refuted_of(text.replace(original, planted), published) if r not in KNOWN_REAL.get(cid, [])]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("case", CASES + ROUND2 + ROUND3, ids=lambda c: c[0])
def test_the_real_text_is_not_refuted(case) -> None:  # noqa: ANN001
    cid, published, text, _, _ = case
    assert refuted_of(text, published) == KNOWN_REAL.get(cid, [])


@pytest.mark.parametrize("published, text", [
    # AFP via Manila Bulletin 2016-10-09 (http://www.mb.com.ph/un-council-rejects-russian-drafted-resolution-on-syria/):
    # the drafter and three counts of the Russian draft were refuted against the French draft Russia vetoed that day
    (datetime.date(2016, 10, 9),
     "The United Nations Security Council on Saturday rejected a Russian-drafted resolution urging a ceasefire in "
     "Aleppo after Moscow vetoed a rival measure calling for an end to the bombing of the Syrian city. The measure "
     "was defeated by a vote of nine against, including Britain, France and the United States, four in favor and "
     "two abstentions in the 15-member council."),
    # Xinhua via yy.chazidian.com 2018-04-10 (https://yy.chazidian.com/show-275124//): the drafter was refuted
    # against the US draft Russia vetoed that day
    (datetime.date(2018, 4, 10),
     "UNITED NATIONS, April 10 -- The UN Security Council on Tuesday failed to adopt a Russian-drafted resolution on "
     "an investigation by the Organization for the Prohibition of Chemical Weapons (OPCW) into the alleged chemical "
     "attack in Douma, Syria. Five countries -- Bolivia, China, Ethiopia, Kazakhstan, Russia -- voted in favor, "
     "failing to pass the threshold of nine."),
])
def test_a_rival_draft_that_failed_is_not_judged_on_the_vetoed_one(published, text) -> None:  # noqa: ANN001
    assert refuted_of(text, published) == []


def test_near_unanimity_is_no_unanimous_vote() -> None:
    # The Times of Israel and Pakistan Today (AFP) 2015-10-27, Cuba's foreign ministry: 191-2-0 is not unanimous
    assert UNANIMOUS.search("in a resolution adopted by a near-unanimous vote") is None
    assert UNANIMOUS.search("Almost unanimous support for the Cuban Resolution against the US blockade.") is None
    assert UNANIMOUS.search("The Security Council unanimously adopted resolution 2720") is not None


def test_members_in_brackets_do_not_split_a_count() -> None:
    # UN press GA/11035 (2010-12-10) and GA/9525 (1998-12-03)
    assert [t for _, _, t in _tallies(
        "In one such text, adopted by a recorded vote of 169 in favour to 6 against (Israel, Marshall Islands, "
        "Federated States of Micronesia, Nauru, Palau, United States), with 3 abstentions (Cameroon, Côte d’Ivoire, "
        "Panama), the Assembly demanded the immediate and complete cessation of all Israeli settlement activities."
    )] == [{"yes": 169, "no": 6, "abstain": 3}]
    assert [t for _, _, t in _tallies(
        "Also by that text, adopted by 150 votes in favour to 3 against (Israel, United States, Federated States of "
        "Micronesia) with 2 abstentions (Swaziland, Marshall Islands), the Assembly called upon Israel to continue "
        "taking measures."
    )] == [{"yes": 150, "no": 3, "abstain": 2}]


def test_a_count_opened_by_there_were_continues_the_vote() -> None:
    # MaltaToday 2023-11-15, voltairenet 2012-07-19, UN News 2009-10-29, Reuters 2013-10-29
    assert _continues("There were 12 votes in favour, three abstentions and none against.")
    assert _continues("There were 11 votes in favor of the resolution.")
    assert _continues("There were 188 votes for the non-binding resolution, entitled “Necessity of ending the "
                      "economic, commercial and financial embargo imposed by the United States of America against "
                      "Cuba,” in the 193-nation General Assembly.")
    assert not _continues("There were no casualties.")


def test_drafters_prepared_presented_and_possessive() -> None:
    # TASS via The Frontier Post 2022-03-24, Exit News 2022-02-25
    assert _proposer("On Thursday, the General Assembly adopted a resolution prepared by France and Mexico on the "
                     "humanitarian situation in Ukraine") == "France"
    assert _proposer("The text was prepared by the US and Albania and called for action.") == "United States"
    # Spotlight Nepal 2023-11-16, NYT copy on allamericansthings.com 2022-02-26
    assert _proposer("The council voted on a draft resolution presented by Malta at an emergency session on "
                     "Wednesday.") == "Malta"
    assert _proposer("The resolution, written and presented by the United States and dozens of its allies, strongly "
                     "condemned Russia's invasion of Ukraine") == "United States"
    # Middle East Eye 2023-11-15, Jordan Times via MENAFN 2023-10-29, Ankole Times 2023-10-18
    assert _proposer("But despite disagreements, the council voted through Malta’s resolution, with 12 members voting "
                     "for it") == "Malta"
    assert _proposer("The UNGA adopted Jordan's resolution, put on behalf of the Arab Group, with 120 votes in favour, "
                     "14 against and 45 abstentions,") == "Jordan"
    assert _proposer("Brazil’s resolution was seen by some as relatively mild") == "Brazil"
    # no drafter: a veto, a right, a body, a report
    assert _proposer("Russia's veto of the resolution drew criticism") is None
    assert _proposer("Israel's right to self-defence") is None
    assert _proposer("the Council's resolution was adopted") is None
    assert _proposer("a report prepared by the Secretariat") is None


def test_a_count_with_members_named_is_a_roll_call() -> None:
    # Spotlight Nepal 2023-11-16; Tehran Digest on the vote of 2025-02-24
    assert _ROLL_CALL.match("Twelve members, including Japan, France and China, voted in favor.")
    assert _ROLL_CALL.match("Ten members of the Security Council, including Russia, the US and China, voted in favour "
                            "of the document, while five countries, including the UK and France, withdrew.")
    assert not _ROLL_CALL.match("Many countries, including France, said they would not vote.")


def test_vote_vocabulary_is_no_subject_word() -> None:
    # A/RES/72/201 "Unilateral economic measures ... against developing countries" and the Cuba vote's "united,
    # states": words of every vote report (The Jerusalem Post 2017-12-22, UN News 2009-10-29)
    assert subject_keywords(("unilateral", "economic", "measures", "against", "developing", "countries")) == (
        "unilateral", "economic", "measures", "developing")
    assert subject_keywords(("cuba", "united", "states")) == ("cuba",)


def test_a_count_of_another_day_leaves_the_weekday_unsupported() -> None:
    # The Jerusalem Post 2017-12-22 with "Thursday" planted as "Wednesday": the count is the vote of the 21st
    text = ("American threats to cut off aid to countries voting in favor of a General Assembly resolution condemning "
            "the US for deciding to move its embassy to Jerusalem did not move the needle too far inside the world "
            "body, as the measure passed handily on Wednesday by a vote of 128 against nine, with 35 abstentions and "
            "21 countries not voting.")
    got = verdicts_of(text, datetime.date(2017, 12, 22), "vote")
    assert ("on Wednesday by a vote of 128 against nine, with 35 abstentions", "unverified") in got
    assert all(label != "supported" or "Wednesday" not in claim for claim, label in got)


@pytest.mark.parametrize("published, text", [
    # TASS via The Frontier Post 2022-03-24 (https://thefrontierpost.com/un-general-assembly-adopts-western-resolution-
    # on-ukraine/): A/RES/ES-11/2, the French-Mexican text Ukraine introduced; "prepared by France" was refuted with
    # "prepared by Ukraine" once "prepared by" named drafters
    (datetime.date(2022, 3, 24),
     "On Thursday, the General Assembly adopted a resolution prepared by France and Mexico on the humanitarian "
     "situation in Ukraine as part of a special session, a TASS correspondent reports from the scene. 140 delegations "
     "voted for the document, five against, 38 abstained."),
    # The Wire 2023-10-19 (https://thewire.in/world/us-vetoes-draft-resolution-calling-for-humanitarian-pauses-for-aid-
    # to-gaza): "from being adopted" was refuted as an adoption
    (datetime.date(2023, 10, 19),
     "Two days after a Russian resolution failed to muster requisite votes, another resolution drafted by Brazil to "
     "call for humanitarian “pauses” to supply aid to Gaza, bit the dust in the UN Security Council (UNSC) on "
     "Wednesday after being vetoed by the United States. The Brazilian draft resolution got ‘yes’ votes from 12 out of "
     "the 15 members of the Council, with Russia and the UK abstaining. The US wielded its veto to stop the resolution "
     "from being adopted."),
])
def test_a_cosponsor_or_a_prevented_adoption_is_not_refuted(published, text) -> None:  # noqa: ANN001
    assert refuted_of(text, published) == []
