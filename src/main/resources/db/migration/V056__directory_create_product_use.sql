-- Last use of a product by a person (#23), from usage events and imported IdP sign-in logs. One row per person and
-- product; a write only ever moves last_used_at forward (greatest of the stored and the new time), so an old event
-- arriving late, or two writers at once, never lose the newest use.
create table product_use (
    person_id    bigint       not null references person (id),
    product_id   bigint       not null references product (id),
    last_used_at timestamptz  not null,
    source       varchar(100) not null,
    updated_at   timestamptz  not null,
    primary key (person_id, product_id)
);
-- the usage of one product's seats, and the idle seats across products
create index product_use_product_idx on product_use (product_id, last_used_at);
