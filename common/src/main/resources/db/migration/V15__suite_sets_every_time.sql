-- Every time the suite stores is set by the suite (docs/architecture.md, "Time"). channel_shop's created_at and
-- updated_at took the database server's clock, in the server's or session's zone, while the code reads them as GMT+8
-- wall clock: on a UTC database a shop registered a minute ago looked 8 hours old to syncLagWatch. Without the
-- default, a registration that leaves them out fails instead of storing a time in an unknown zone.
ALTER TABLE channel_shop ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE channel_shop ALTER COLUMN updated_at DROP DEFAULT;
