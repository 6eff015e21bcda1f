-- The language a user chose with the switcher (kept for their next sign-in and their mails), and the language an
-- agency's staff and the schools of its country get until they choose one. Null: none chosen.
alter table app_user add column language varchar(8);
alter table national_agency add column default_language varchar(8);
