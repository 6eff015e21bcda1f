-- Transactional outbox of e-mails: a mail is a row written in the transaction of the business change that
-- causes it (submission, assignment, decision), so it exists only if that change committed. The dispatcher
-- sends committed rows later and keeps them when the mail server is down.
create table mail_outbox (
    id                    bigint generated always as identity primary key,
    kind                  varchar(40)  not null check (kind in ('SUBMISSION_RECEIVED', 'ASSESSOR_ASSIGNED', 'DECISION_MADE')),
    application_reference varchar(60),
    recipient             varchar(254) not null check (recipient like '%_@_%'),
    -- The language the subject and body were written in (rendered when the row was written).
    locale                varchar(20)  not null,
    subject               varchar(300) not null,
    body                  text         not null,
    status                varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    -- Delivery attempts made so far, the successful one included.
    attempts              integer      not null default 0 check (attempts >= 0),
    -- When the dispatcher may try next; while a dispatcher holds the row it is the end of that claim.
    next_attempt_at       timestamptz  not null,
    -- The last failure in one short line, never a stack trace.
    last_error            varchar(500),
    created_at            timestamptz  not null,
    sent_at               timestamptz,
    constraint mail_outbox_sent_when_sent check ((status = 'SENT') = (sent_at is not null))
);
-- The dispatcher's query: due pending rows, oldest first.
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status = 'PENDING';
create index mail_outbox_reference on mail_outbox (application_reference);
