-- The lead list (leads.list) sorts 100k leads by any of its copied columns and pages through them;
-- each index ends with entered_at, the list's tie-break after the column, so that a filter on the
-- column with the default newest-first order reads the index in order too (InnoDB appends the
-- primary key, group_id and contact_id, the last tie-breaks).
CREATE INDEX ix_lead_member_name ON lead_member (name, entered_at);
CREATE INDEX ix_lead_member_email ON lead_member (email, entered_at);
CREATE INDEX ix_lead_member_product ON lead_member (product, entered_at);
CREATE INDEX ix_lead_member_country ON lead_member (country, entered_at);
