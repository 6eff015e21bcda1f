-- One-time links to set a password (invitations and resets). Only a hash of the token is stored; a link works
-- once and until it expires, and a newer link for the same user replaces older ones.
create table user_password_link (
    id          bigint generated always as identity primary key,
    user_id     bigint       not null references app_user (id),
    token_hash  varchar(64)  not null unique,
    purpose     varchar(10)  not null check (purpose in ('INVITE', 'RESET')),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index user_password_link_user on user_password_link (user_id);
