-- Erase (UK GDPR art. 17): a person can erase every record of theirs on the server. The rows
-- really go (DELETE, not tombstones), and the person's clock row keeps an erase marker: the
-- sequence number the erase took and when. Pulls and pushes carry the marker, so the person's
-- other devices erase their own copies when they next connect, and a device that has not yet
-- seen the marker cannot push records from before the erase back onto the server.
ALTER TABLE owner_clock
  ADD COLUMN erased_seq bigint CHECK (erased_seq >= 0),
  ADD COLUMN erased_at timestamptz;

-- Only the erase deletes, and only the calling person's rows (row-level security, forced).
GRANT DELETE ON records TO recovery_kit_app;
