-- Trigram search needs 3 characters; shorter "name contains" input matches name starts instead, from this index.
create index customer_name_prefix_idx on customer (lower(name) text_pattern_ops);
