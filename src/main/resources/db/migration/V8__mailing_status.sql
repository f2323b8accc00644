-- What became of each import, also when it did not end normally: IMPORTING while rows are read
-- (the counts are written with every batch), FINISHED, STOPPED (the file could not be read past
-- stopped_at_line; the rows before it are kept) or INTERRUPTED (the application stopped mid-import;
-- marked at the next start-up with the count actually kept). node: which host ran it.
ALTER TABLE mailings ADD status VARCHAR(20) DEFAULT 'FINISHED' NOT NULL;
ALTER TABLE mailings ADD stopped_at_line INT;
ALTER TABLE mailings ADD note VARCHAR(1000);
ALTER TABLE mailings ADD node VARCHAR(100);
ALTER TABLE mailings ADD progress_at DATETIME(3);
UPDATE mailings SET status = 'IMPORTING' WHERE finished_at IS NULL;
