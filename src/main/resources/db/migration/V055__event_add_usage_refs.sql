-- Usage signals (#23): an event may name the directory person and the SaaS product it is about, as the producer sent
-- them (an email or employee number; a product id or "Service/Product"). Kept as sent, so that an unknown reference
-- is still on the event; the directory resolves them when it records last use. Nullable columns without a default
-- are a catalogue change only, also on a partitioned table with many partitions.
alter table events add column person_ref varchar(254), add column product_ref varchar(200);
