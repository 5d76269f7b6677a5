-- A run's records tell a transcript part it skipped (not imported; counted in the run's skips) from a
-- channel left out of a post it did import (the post exists, without that channel).
ALTER TABLE daily_run_skip ADD COLUMN channel_left_out BOOLEAN DEFAULT FALSE NOT NULL;
