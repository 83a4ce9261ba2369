-- In-app notifications (one row per recipient), delivery preferences, and the email outbox (ADR 012).

create table notification (
    id          bigint generated always as identity primary key,
    recipient_id bigint        not null references account (id),
    cause       varchar(40)   not null,
    title       varchar(200)  not null,
    body        varchar(4000) not null,
    link        varchar(500)  not null,
    dedup_key   varchar(200)  not null,
    delivery    varchar(20)   not null check (delivery in ('IMMEDIATE', 'DIGEST', 'IN_APP')),
    created_at  timestamptz   not null,
    read_at     timestamptz,
    digested_at timestamptz,
    -- a job that runs the same reminder again creates nothing new
    constraint notification_dedup unique (recipient_id, dedup_key)
);

-- the bell and the notifications view: a user's newest first
create index notification_recipient_newest on notification (recipient_id, created_at desc, id desc);
create index notification_recipient_unread on notification (recipient_id) where read_at is null;
-- the daily digest: what has not gone out yet
create index notification_digest_due on notification (recipient_id, id) where delivery = 'DIGEST' and digested_at is null;

create table notification_preference (
    account_id bigint      not null references account (id),
    cause      varchar(40) not null,
    delivery   varchar(20) not null check (delivery in ('IMMEDIATE', 'DIGEST', 'IN_APP')),
    primary key (account_id, cause)
);

create table mail_outbox (
    id              bigint generated always as identity primary key,
    dedup_key       varchar(250)  not null,
    recipient_id    bigint references account (id),
    to_address      varchar(320)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text          not null,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    lease_until     timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    constraint mail_outbox_dedup unique (dedup_key)
);

-- the sender's claim: due messages, and those whose lease ran out (a sender died mid-send)
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status = 'PENDING';
create index mail_outbox_leased on mail_outbox (lease_until) where status = 'SENDING';
-- the admin screen: everything not sent yet, newest first
create index mail_outbox_open on mail_outbox (id desc) where status <> 'SENT';
