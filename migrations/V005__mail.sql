-- The durable outbox: a message is queued in the same transaction as the change it reports, and a
-- worker sends it. dedupe_key names the event (e.g. "invitation:12"), so one event never queues two
-- messages. status: queued, sending (claimed by a worker until lease_until), sent, failed (gave up).
CREATE TABLE mail_outbox (
    id {{id}},
    dedupe_key TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    lease_until BIGINT NOT NULL,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
