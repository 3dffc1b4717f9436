-- Each person's own drafts and questions to answer, for the queue counts in the navigation: a few
-- rows per sender, found without reading every referral the agency ever sent.
create index referral_drafts_by_sender on referral (from_agency, sent_by)
  where status in ('DRAFT', 'INFORMATION_REQUESTED');
