-- Training: a module that participants already attempted is archived rather than deleted, so their
-- attempts keep pointing at the questions they answered. Archived modules are hidden from participants
-- and no longer count towards "training complete".
ALTER TABLE training_modules ADD COLUMN archived_at BIGINT;

-- Programmes whose default training modules were installed (at creation, or on the first read of an
-- older programme). The row, not the presence of modules, says so: an admin who deletes every default
-- module does not get them back on the next read.
CREATE TABLE training_defaults_installed (
    programme_id BIGINT PRIMARY KEY REFERENCES programmes (id),
    installed_at BIGINT NOT NULL
);
