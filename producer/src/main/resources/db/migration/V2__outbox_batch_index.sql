-- the relay reads and marks an outbox batch by its id: without an index each of those is a scan of
-- the whole outbox, which grows with every record ever sent
create index outbox_batch on outbox (batch_id);
