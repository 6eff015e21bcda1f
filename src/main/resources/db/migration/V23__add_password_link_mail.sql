-- Invitations and password resets are also mailed: a new kind of outbox row. The check was declared inline in
-- V15, so PostgreSQL named it <table>_<column>_check.
alter table mail_outbox drop constraint mail_outbox_kind_check;
alter table mail_outbox add constraint mail_outbox_kind_check
    check (kind in ('SUBMISSION_RECEIVED', 'ASSESSOR_ASSIGNED', 'DECISION_MADE', 'PASSWORD_LINK'));
